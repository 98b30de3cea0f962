using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Time;

namespace ContactCenter.Host.Identity.Scoping;

/// <summary>
/// Which teams an agent belongs to and which teams serve a service line, read from the directory once and shared by
/// every hub event: the relay asks for each presence change and transition (thousands a second on a busy floor), and
/// reading an agent plus every team from the store for each one cost more than sending the event. A directory change on
/// this node makes the snapshot stale at once (<see cref="TeamRosterInvalidator"/> counts them; the generation is read
/// before the directory, so a change racing a refresh is never lost); a change made on another node is picked
/// up within <see cref="MaxAge"/>. Only the hub fan-out uses it: access decisions (<see cref="TeamScope"/>'s
/// <c>CanSee…</c>) still read the directory. The one cost of the cache: after a change made on another node, an event may
/// go to the agent's former team (or miss the new one) for up to <see cref="MaxAge"/>.
/// </summary>
internal sealed class TeamRoster(IDirectory directory, KernelTime time, TeamRosterInvalidator changes)
{
    /// <summary>How long a snapshot is trusted without a local change telling it otherwise.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private Snapshot? _current;

    /// <summary>The teams whose supervisors follow <paramref name="agentId"/> or <paramref name="serviceLineId"/>.</summary>
    public async ValueTask<IReadOnlySet<string>> TeamsConcernedAsync(string? agentId, string? serviceLineId, CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(cancellationToken).ConfigureAwait(false);
        var teams = new HashSet<string>(StringComparer.Ordinal);
        if (agentId is not null && snapshot.AgentTeams.TryGetValue(agentId, out var ofAgent))
        {
            teams.UnionWith(ofAgent);
        }

        if (serviceLineId is not null && snapshot.LineTeams.TryGetValue(serviceLineId, out var ofLine))
        {
            teams.UnionWith(ofLine);
        }

        return teams;
    }

    private async ValueTask<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = time.Provider.GetTimestamp();
        var generation = changes.Generation;
        if (Volatile.Read(ref _current) is { } snapshot && snapshot.Generation == generation && time.Provider.GetElapsedTime(snapshot.ReadAt, now) < MaxAge)
        {
            return snapshot;
        }

        // Concurrent misses each read the directory once; the last to finish wins, which is as fresh as any of them.
        var agents = await directory.Agents.ListAsync(cancellationToken).ConfigureAwait(false);
        var teams = await directory.Teams.ListAsync(cancellationToken).ConfigureAwait(false);
        var fresh = new Snapshot(
            generation,
            now,
            agents.ToDictionary(a => a.Id, a => (IReadOnlyCollection<string>)a.TeamIds, StringComparer.Ordinal),
            teams.Where(t => t.ServiceLineId is not null).GroupBy(t => t.ServiceLineId!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)[.. g.Select(t => t.Id)], StringComparer.Ordinal));
        Volatile.Write(ref _current, fresh);
        return fresh;
    }

    private sealed record Snapshot(
        long Generation,
        long ReadAt,
        Dictionary<string, IReadOnlyCollection<string>> AgentTeams,
        Dictionary<string, IReadOnlyCollection<string>> LineTeams);
}
