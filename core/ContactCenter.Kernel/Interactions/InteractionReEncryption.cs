using System.Text.Json.Nodes;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Security.Encryption.Rotation;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// Re-encrypts an interaction's sealed fields under the current data key (and seals a snapshot stored in clear before
/// sealing existed). A live interaction is resealed by its own grain, the single writer of its snapshot, so that the
/// grain's next transition does not meet a version it did not write; a finished one (or any, offline, with no silo)
/// is rewritten directly. Stored transition events are an append-only log and keep the key that wrote them.
/// </summary>
internal sealed class InteractionReEncryption(IDataProtector protector, IServiceProvider services) : IReEncryptionTarget
{
    public string Collection => InteractionDocuments.Collection;

    public async ValueTask<ReEncryption> ReEncryptAsync(RawDocument raw, SealedValues values, CancellationToken cancellationToken)
    {
        var node = JsonNode.Parse(raw.Json)?.AsObject() ?? throw new InvalidDataException($"Interaction document '{raw.Id}' is null.");
        if (!InteractionSealing.NeedsResealing(node, values.IsCurrent))
        {
            return ReEncryption.Current;
        }

        var live = Enum.TryParse<InteractionState>((string?)node["state"], out var state) && !state.IsTerminal();
        if (live && services.GetService<IGrainFactory>() is { } grains)
        {
            return await grains.GetGrain<IInteractionGrain>(raw.Id).ResealAsync().WaitAsync(cancellationToken).ConfigureAwait(false)
                ? ReEncryption.ByOwner
                : ReEncryption.Current;
        }

        await InteractionSealing.OpenAsync(node, protector, cancellationToken).ConfigureAwait(false);
        InteractionSealing.Seal(node, protector);
        return ReEncryption.Rewrite(node.ToJsonString(KernelJson.Options));
    }
}
