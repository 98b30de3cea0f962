using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using Orleans.Storage;

namespace ContactCenter.Kernel.Cluster;

/// <summary>
/// Orleans grain storage over the kernel's <see cref="IDocumentStore"/>, so grain state lives in the same store (and
/// the same LiteDB file) as everything else. Each state is a document in <see cref="KernelCollections.GrainState"/>
/// with id <c>{grainType}/{grainKey}</c> (plus <c>#{stateName}</c> for a grain with several states), holding
/// <c>{"grainType": ..., "state": ...}</c>. The ETag is the document version: a write from a stale activation
/// conflicts and surfaces as Orleans' <see cref="InconsistentStateException"/>.
/// </summary>
/// <remarks>State is kernel types only, serialized with <see cref="KernelJson.Options"/>.</remarks>
internal sealed class KernelGrainStorage(IDocumentStore store) : IGrainStorage
{
    /// <summary>The provider name grains use in <c>[PersistentState(..., Name)]</c>.</summary>
    public const string Name = "cc";

    /// <summary>The state name that maps to the plain <c>{grainType}/{grainKey}</c> id.</summary>
    public const string DefaultStateName = "state";

    private static readonly string Collection = KernelCollections.GrainState.Name;

    public static string DocumentId(string stateName, GrainId grainId)
    {
        var id = $"{grainId.Type}/{grainId.Key}";
        return stateName == DefaultStateName || string.IsNullOrEmpty(stateName) ? id : $"{id}#{stateName}";
    }

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var raw = await store.GetAsync(Collection, DocumentId(stateName, grainId), CancellationToken.None).ConfigureAwait(false);
        if (raw is null)
        {
            grainState.RecordExists = false;
            grainState.ETag = null;
            return;
        }

        var node = JsonNode.Parse(raw.Json)?["state"]
            ?? throw new InvalidDataException($"Grain state document '{raw.Id}' has no state.");
        grainState.State = node.Deserialize<T>(KernelJson.Options)
            ?? throw new InvalidDataException($"Grain state document '{raw.Id}' holds a null state.");
        grainState.ETag = raw.Version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var id = DocumentId(stateName, grainId);
        var json = new JsonObject
        {
            ["grainType"] = grainId.Type.ToString(),
            ["state"] = JsonSerializer.SerializeToNode(grainState.State, KernelJson.Options),
        }.ToJsonString();
        var batch = grainState.ETag is { } etag
            ? new WriteBatch().Replace(Collection, id, json, long.Parse(etag, CultureInfo.InvariantCulture))
            : new WriteBatch().Insert(Collection, id, json);
        var result = await CommitAsync(batch, grainState.ETag).ConfigureAwait(false);
        grainState.ETag = result.Documents[0]!.Version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (grainState.ETag is { } etag)
        {
            var batch = new WriteBatch().Delete(Collection, DocumentId(stateName, grainId), long.Parse(etag, CultureInfo.InvariantCulture));
            await CommitAsync(batch, etag).ConfigureAwait(false);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private async Task<CommitResult> CommitAsync(WriteBatch batch, string? currentEtag)
    {
        try
        {
            return await store.CommitAsync(batch, CancellationToken.None).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException conflict)
        {
            var stored = conflict.ActualVersion?.ToString(CultureInfo.InvariantCulture);
            throw new InconsistentStateException(
                $"Grain state '{conflict.Id}' was written by someone else (stored version {stored ?? "none"}, this activation has {currentEtag ?? "none"}).",
                stored, currentEtag, conflict);
        }
    }
}
