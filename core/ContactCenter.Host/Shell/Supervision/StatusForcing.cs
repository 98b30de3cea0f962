using System.Security.Claims;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Host.Security.Audit;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>
/// A supervisor sets an agent's status (wallboard, hub and REST share it): needs <c>presence.manage</c> and an agent of
/// the supervisor's teams; the status applies at once while the agent's work in hand goes on (see
/// <see cref="IPresenceForcing"/>). Audited as <c>supervision.force-status</c> on <c>agent/{id}</c> with from/to, refusals too.
/// </summary>
internal sealed class StatusForcing(IPresenceForcing forcing, TeamScope scope, IAuditLog audit)
{
    public const string Action = "supervision.force-status";

    public async Task<ForceOutcome> ForceAsync(ClaimsPrincipal user, string agentId, string statusId, string? reasonCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var actor = AuditTrailMiddleware.ActorOf(user);
        var target = $"agent/{agentId}";
        if (!user.Has(Permissions.PresenceManage))
        {
            return await RefuseAsync(actor, target, ForceRefusal.Permission, "permission presence.manage required", AuditOutcomes.Denied, cancellationToken).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(agentId) || !await scope.CanSeeAgentAsync(user, agentId, cancellationToken).ConfigureAwait(false))
        {
            // An unknown agent and another team's agent look the same, so the refusal tells nothing about other teams.
            return await RefuseAsync(actor, target, ForceRefusal.OutOfScope, "outside the supervisor's teams", AuditOutcomes.Denied, cancellationToken).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(statusId))
        {
            return await RefuseAsync(actor, target, ForceRefusal.InvalidStatus, "statusId: Required.", AuditOutcomes.Failure, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var name = user.Identity?.Name ?? actor;
            var change = await forcing.ForceStatusAsync(agentId, statusId, reasonCode, actor, name, cancellationToken).ConfigureAwait(false);
            var detail = $"from {change.Previous?.StatusId} to {change.Current.StatusId}{(reasonCode is null ? "" : $" ({reasonCode})")}";
            await audit.AppendAsync(new AuditEntry(actor, Action, target) { Detail = detail }, cancellationToken).ConfigureAwait(false);
            return new ForceOutcome(change);
        }
        catch (InvalidRequestException ex)
        {
            return await RefuseAsync(actor, target, ForceRefusal.InvalidStatus, ex.Message, AuditOutcomes.Failure, cancellationToken).ConfigureAwait(false);
        }
        catch (EntityNotFoundException)
        {
            return await RefuseAsync(actor, target, ForceRefusal.UnknownAgent, $"unknown agent '{agentId}'", AuditOutcomes.Failure, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ForceOutcome> RefuseAsync(string actor, string target, ForceRefusal refusal, string reason, string outcome, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(new AuditEntry(actor, Action, target) { Outcome = outcome, Detail = reason }, cancellationToken).ConfigureAwait(false);
        return new ForceOutcome(null, refusal, reason);
    }
}
