using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Presence;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Routing;

/// <summary>What routing rebuilds from the store: waiting work and the work each agent holds.</summary>
internal sealed class RoutingStoreReader(IDocumentStore store, InteractionCodec codec)
{
    private static readonly InteractionState[] Held = [InteractionState.Offered, InteractionState.Connected, InteractionState.Held, InteractionState.WrapUp];

    /// <summary>Interactions in Queued or Offered.</summary>
    public async Task<List<Interaction>> ReadWaitingAsync() =>
        [.. await ReadStateAsync(InteractionState.Queued).ConfigureAwait(false), .. await ReadStateAsync(InteractionState.Offered).ConfigureAwait(false)];

    public async Task<Interaction?> ReadAsync(string interactionId) =>
        await codec.ReadAsync(store, interactionId, CancellationToken.None).ConfigureAwait(false);

    /// <summary>For every agent the store attaches interactions to, what it holds.</summary>
    public async Task<Dictionary<string, List<WorkAssignment>>> ReadAssignmentsAsync()
    {
        var all = new List<Interaction>();
        foreach (var state in Held)
        {
            all.AddRange(await ReadStateAsync(state).ConfigureAwait(false));
        }

        return all.Where(i => i.AgentId is not null)
            .GroupBy(i => i.AgentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(ToAssignment).ToList(), StringComparer.Ordinal);
    }

    public async Task<WorkAssignment[]> ReadAssignmentsAsync(string agentId)
    {
        var query = DocumentQuery.Where("agentId", agentId) with { PageSize = DocumentQuery.MaxPageSize };
        var page = await store.QueryAsync(InteractionDocuments.Collection, query, CancellationToken.None).ConfigureAwait(false);
        var held = new List<WorkAssignment>();
        foreach (var raw in page.Items)
        {
            var interaction = await codec.DeserializeAsync(raw).ConfigureAwait(false);
            if (Held.Contains(interaction.State))
            {
                held.Add(ToAssignment(interaction));
            }
        }

        return [.. held];
    }

    private static WorkAssignment ToAssignment(Interaction i) => new()
    {
        InteractionId = i.Id,
        Channel = i.Channel,
        Phase = i.State switch
        {
            InteractionState.Offered => AgentWorkPhase.Offered,
            InteractionState.WrapUp => AgentWorkPhase.WrapUp,
            _ => AgentWorkPhase.Connected,
        },
        Since = i.StateChangedAt,
        Version = i.Version,
        QueueId = i.QueueId,
    };

    private async Task<List<Interaction>> ReadStateAsync(InteractionState state)
    {
        var results = new List<Interaction>();
        var query = DocumentQuery.Where("state", state.ToString()) with { PageSize = DocumentQuery.MaxPageSize };
        while (true)
        {
            var page = await store.QueryAsync(InteractionDocuments.Collection, query, CancellationToken.None).ConfigureAwait(false);
            foreach (var raw in page.Items)
            {
                results.Add(await codec.DeserializeAsync(raw).ConfigureAwait(false));
            }

            if (page.ContinuationToken is null)
            {
                return results;
            }

            query = query with { ContinuationToken = page.ContinuationToken };
        }
    }
}
