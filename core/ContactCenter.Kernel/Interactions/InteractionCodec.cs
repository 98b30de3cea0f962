using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// Reads and writes interaction snapshots and their stored transition events with the personal free text encrypted
/// (<see cref="InteractionSealing"/>). Published events and API answers carry the clear values; only what is stored is sealed.
/// </summary>
internal sealed class InteractionCodec(IDataProtector protector)
{
    /// <summary>The stored form of a snapshot: sealed fields plus the indexed <c>externalKey</c>.</summary>
    public string Serialize(Interaction interaction)
    {
        var node = JsonSerializer.SerializeToNode(interaction, KernelJson.Options)!.AsObject();
        InteractionSealing.Seal(node, protector);
        if (InteractionDocuments.ExternalKey(interaction.ChannelPluginId, interaction.ChannelName, interaction.ExternalId) is { } key)
        {
            node["externalKey"] = key;
        }

        return node.ToJsonString(KernelJson.Options);
    }

    /// <summary>The stored form of a transition event: its snapshot sealed like the document.</summary>
    public string SerializeEvent(InteractionTransitioned transition)
    {
        var node = JsonSerializer.SerializeToNode(transition, KernelJson.Options)!.AsObject();
        if (node["interaction"] is JsonObject snapshot)
        {
            InteractionSealing.Seal(snapshot, protector);
        }

        return node.ToJsonString(KernelJson.Options);
    }

    /// <summary>A stored snapshot, decrypted (a snapshot stored before sealing existed reads as it is).</summary>
    /// <exception cref="DataTamperedException">A sealed field does not authenticate.</exception>
    public async ValueTask<Interaction> DeserializeAsync(RawDocument raw, CancellationToken cancellationToken = default)
    {
        var node = JsonNode.Parse(raw.Json)?.AsObject() ?? throw new InvalidDataException($"Interaction document '{raw.Id}' is null.");
        await InteractionSealing.OpenAsync(node, protector, cancellationToken).ConfigureAwait(false);
        return node.Deserialize<Interaction>(KernelJson.Options) ?? throw new InvalidDataException($"Interaction document '{raw.Id}' is null.");
    }

    /// <summary>A stored transition event, decrypted.</summary>
    public async ValueTask<InteractionTransitioned> DeserializeEventAsync(string json, CancellationToken cancellationToken = default)
    {
        var node = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidDataException("Interaction event is null.");
        if (node["interaction"] is JsonObject snapshot)
        {
            await InteractionSealing.OpenAsync(snapshot, protector, cancellationToken).ConfigureAwait(false);
        }

        return node.Deserialize<InteractionTransitioned>(KernelJson.Options) ?? throw new InvalidDataException("Interaction event is null.");
    }

    public async ValueTask<Interaction?> ReadAsync(IDocumentStore store, string id, CancellationToken cancellationToken) =>
        await store.GetAsync(InteractionDocuments.Collection, id, cancellationToken).ConfigureAwait(false) is { } raw
            ? await DeserializeAsync(raw, cancellationToken).ConfigureAwait(false)
            : null;
}
