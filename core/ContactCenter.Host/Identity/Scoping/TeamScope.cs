using System.Security.Claims;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Identity;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Identity.Scoping;

/// <summary>
/// A supervisor sees only their teams (issue 5): the agents of the teams their account belongs to, and the interactions
/// those agents handle or that wait in those teams' service lines. Only sessions of supervisors who are not
/// administrators are scoped (claim <c>cc:team-scoped</c>); administrators, tokens and other roles are not.
/// </summary>
internal sealed class TeamScope(IDirectory directory, TeamRoster roster)
{
    public const string TeamClaim = "cc:team";
    public const string ScopedClaim = "cc:team-scoped";

    /// <summary>The scope claims of an account with <paramref name="roles"/> in <paramref name="teams"/>.</summary>
    public static IEnumerable<Claim> ClaimsFor(IReadOnlyCollection<string> roles, IEnumerable<string> teams)
    {
        if (!roles.Contains(Roles.Supervisor) || roles.Contains(Roles.Administrator))
        {
            return [];
        }

        return [new Claim(ScopedClaim, "true"), .. teams.Select(t => new Claim(TeamClaim, t))];
    }

    public static bool IsScoped(ClaimsPrincipal principal) => principal.HasClaim(ScopedClaim, "true");

    public static IReadOnlySet<string> TeamsOf(ClaimsPrincipal principal) =>
        principal.FindAll(TeamClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    public async ValueTask<bool> CanSeeAgentAsync(ClaimsPrincipal principal, string agentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (!IsScoped(principal))
        {
            return true;
        }

        var agent = await directory.Agents.GetAsync(agentId, cancellationToken).ConfigureAwait(false);
        var teams = TeamsOf(principal);
        return agent is not null && agent.TeamIds.Any(teams.Contains);
    }

    public async ValueTask<bool> CanSeeInteractionAsync(ClaimsPrincipal principal, Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(interaction);
        if (!IsScoped(principal))
        {
            return true;
        }

        if (interaction.AgentId is { } agentId && await CanSeeAgentAsync(principal, agentId, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        return interaction.ServiceLineId is { } line && (await LinesOfAsync(TeamsOf(principal), cancellationToken).ConfigureAwait(false)).Contains(line);
    }

    /// <summary>Whether <paramref name="principal"/> may see <paramref name="queue"/>: unscoped, or it is in a service line of their teams.</summary>
    public async ValueTask<bool> CanSeeQueueAsync(ClaimsPrincipal principal, Queue queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(queue);
        return !IsScoped(principal) || (await LinesOfAsync(TeamsOf(principal), cancellationToken).ConfigureAwait(false)).Contains(queue.ServiceLineId);
    }

    /// <summary>
    /// The teams whose supervisors may see what happens to <paramref name="agentId"/> or in <paramref name="serviceLineId"/>
    /// (for the hub's groups), from the shared <see cref="TeamRoster"/> rather than the store on every event.
    /// </summary>
    public ValueTask<IReadOnlySet<string>> TeamsConcernedAsync(string? agentId, string? serviceLineId, CancellationToken cancellationToken) =>
        roster.TeamsConcernedAsync(agentId, serviceLineId, cancellationToken);

    private async ValueTask<HashSet<string>> LinesOfAsync(IReadOnlySet<string> teams, CancellationToken cancellationToken) =>
        (await directory.Teams.ListAsync(cancellationToken).ConfigureAwait(false)).Where(t => teams.Contains(t.Id) && t.ServiceLineId is not null)
            .Select(t => t.ServiceLineId!).ToHashSet(StringComparer.Ordinal);
}
