using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Metrics;

/// <summary>
/// Rebuilds the engine at start so a restart does not zero the day: the directory, the event log's transitions of the
/// last day (outcomes in the window, handled today), the live interactions as stored, and each agent's presence.
/// </summary>
internal sealed class MetricsRebuilder(IDocumentStore store, InteractionCodec codec, IDirectory directory, IPresenceService presence)
{
    public async Task<MetricsDirectory> ReadDirectoryAsync(CancellationToken cancellationToken)
    {
        var agents = await directory.Agents.ListAsync(cancellationToken).ConfigureAwait(false);
        var teams = await directory.Teams.ListAsync(cancellationToken).ConfigureAwait(false);
        var queues = await directory.Queues.ListAsync(cancellationToken).ConfigureAwait(false);
        return new MetricsDirectory
        {
            AgentTeams = agents.ToDictionary(a => a.Id, a => (IReadOnlyList<string>)[.. a.TeamIds], StringComparer.Ordinal),
            AgentLines = agents.ToDictionary(a => a.Id, a => (IReadOnlyList<string>)[.. a.ServiceLineIds], StringComparer.Ordinal),
            TeamLines = teams.ToDictionary(t => t.Id, t => t.ServiceLineId, StringComparer.Ordinal),
            QueueThresholds = queues.Where(q => q.ServiceLevel is not null).ToDictionary(q => q.Id, q => q.ServiceLevel!.Threshold, StringComparer.Ordinal),
        };
    }

    public async Task RebuildAsync(MetricsEngine engine, DateTimeOffset now, CancellationToken cancellationToken)
    {
        engine.SetDirectory(await ReadDirectoryAsync(cancellationToken).ConfigureAwait(false));
        var from = now - engine.Options.ReplayHorizon;
        var after = 0L;
        while (true)
        {
            var page = await store.ReadEventsAsync(new EventQuery(AfterSequence: after, Limit: 1000), cancellationToken).ConfigureAwait(false);
            foreach (var e in page.Where(e => e.Type == EventTypes.InteractionTransitioned && e.Time >= from))
            {
                engine.Apply(await codec.DeserializeEventAsync(e.Json, cancellationToken).ConfigureAwait(false));
            }

            if (page.Count == 0)
            {
                break;
            }

            after = page[^1].Sequence;
        }

        foreach (var state in new[] { InteractionState.Queued, InteractionState.Offered, InteractionState.Connected, InteractionState.Held, InteractionState.WrapUp })
        {
            var query = DocumentQuery.Where("state", state.ToString()) with { PageSize = DocumentQuery.MaxPageSize };
            while (true)
            {
                var page = await store.QueryAsync(InteractionDocuments.Collection, query, cancellationToken).ConfigureAwait(false);
                foreach (var raw in page.Items)
                {
                    engine.Track(await codec.DeserializeAsync(raw, cancellationToken).ConfigureAwait(false));
                }

                if (page.ContinuationToken is null)
                {
                    break;
                }

                query = query with { ContinuationToken = page.ContinuationToken };
            }
        }

        foreach (var agent in await directory.Agents.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            engine.Apply(await presence.GetAsync(agent.Id, cancellationToken).ConfigureAwait(false));
        }
    }
}
