using ContactCenter.Kernel.Storage;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// The stored form of an interaction: the SDK snapshot with its personal free text sealed (<see cref="InteractionCodec"/>)
/// plus <c>externalKey</c>, the indexed field that makes creation idempotent per (channel plugin, channel name, external id).
/// </summary>
internal static class InteractionDocuments
{
    public static string Collection => KernelCollections.Interactions.Name;

    /// <summary>The external key of a channel reference, or <see langword="null"/> when there is no external id.</summary>
    public static string? ExternalKey(string? channelPluginId, string? channelName, string? externalId) =>
        externalId is null ? null : $"{channelPluginId ?? "-"}|{channelName ?? "-"}|{externalId}";
}
