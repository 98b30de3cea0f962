using System.Security.Claims;
using ContactCenter.Host.Api.Limits;
using ContactCenter.Host.Api.Presence;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Interactions;

/// <summary>
/// Maps <c>POST /api/v1/interactions/{id}/reassign</c>: a supervisor moves a queued or offered interaction to an agent
/// or a queue (<see cref="InteractionReassigning"/>). Not behind the interaction group's scope filter: the reassigning
/// checks the interaction and the target against the supervisor's teams itself, so those refusals are audited too.
/// </summary>
internal static class ReassignEndpoints
{
    public static IEndpointRouteBuilder MapReassignEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/interactions/{id}/reassign", ReassignAsync).WithTags("Interactions").WithMetadata(JsonBodyLimitMetadata.Instance)
            .WithName("ReassignInteraction")
            .WithSummary("A supervisor moves a queued or offered interaction to an available agent of their teams, or an offered one back to a queue.")
            .RequirePermission(Permissions.MonitoringIntervene);
        return endpoints;
    }

    private static async Task<Results<Ok<Interaction>, ProblemHttpResult>> ReassignAsync(string id, [FromBody] ReassignRequest? request, ClaimsPrincipal user,
        [FromServices] InteractionReassigning reassigning, CancellationToken cancellationToken)
    {
        var outcome = await reassigning.ReassignAsync(user, id, request?.AgentId, request?.QueueId, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            { Interaction: { } interaction } => TypedResults.Ok(interaction),
            { Refusal: ReassignRefusal.BadRequest } => PresenceEndpoints.Problem(StatusCodes.Status400BadRequest, "Invalid request", "request.invalid", outcome.Reason!),
            { Refusal: ReassignRefusal.NotFound } => PresenceEndpoints.Problem(StatusCodes.Status404NotFound, "Not found", "not-found", outcome.Reason!),
            { Refusal: ReassignRefusal.NotReassignable } => PresenceEndpoints.Problem(StatusCodes.Status409Conflict, "Cannot be reassigned", "interaction.not-reassignable", outcome.Reason!),
            { Refusal: ReassignRefusal.AgentUnavailable } => PresenceEndpoints.Problem(StatusCodes.Status409Conflict, "Agent cannot take it", "agent.unavailable", outcome.Reason!),
            { Refusal: ReassignRefusal.Permission } => PresenceEndpoints.Problem(StatusCodes.Status403Forbidden, "Forbidden", "forbidden", outcome.Reason!),
            _ => PresenceEndpoints.Problem(StatusCodes.Status403Forbidden, "Outside your teams", "scope.forbidden",
                "This contact or target belongs to a team you do not supervise. / Este contacto o destino pertenece a un equipo que usted no supervisa."),
        };
    }
}
