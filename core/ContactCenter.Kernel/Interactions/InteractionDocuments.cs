using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// The stored form of an interaction: the SDK snapshot plus <c>externalKey</c>, the indexed field that makes creation
/// idempotent per (channel plugin, channel name, external id).
/// </summary>
internal static class InteractionDocuments
{
    public static string Collection => KernelCollections.Interactions.Name;

    /// <summary>The external key of a channel reference, or <see langword="null"/> when there is no external id.</summary>
    public static string? ExternalKey(string? channelPluginId, string? channelName, string? externalId) =>
        externalId is null ? null : $"{channelPluginId ?? "-"}|{channelName ?? "-"}|{externalId}";

    public static string Serialize(Interaction interaction)
    {
        var node = JsonSerializer.SerializeToNode(interaction, KernelJson.Options)!.AsObject();
        if (ExternalKey(interaction.ChannelPluginId, interaction.ChannelName, interaction.ExternalId) is { } key)
        {
            node["externalKey"] = key;
        }

        return node.ToJsonString(KernelJson.Options);
    }

    public static Interaction Deserialize(RawDocument raw) =>
        JsonSerializer.Deserialize<Interaction>(raw.Json, KernelJson.Options)
            ?? throw new InvalidDataException($"Interaction document '{raw.Id}' is null.");

    public static async ValueTask<Interaction?> ReadAsync(IDocumentStore store, string id, CancellationToken cancellationToken) =>
        await store.GetAsync(Collection, id, cancellationToken).ConfigureAwait(false) is { } raw ? Deserialize(raw) : null;
}
