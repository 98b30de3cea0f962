using ContactCenter.Host.Api.Limits;
using System.Security.Claims;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Presence;

/// <summary>Maps <c>/api/v1/agents/{id}/presence</c> over <see cref="IPresenceService"/>.</summary>
internal static class PresenceEndpoints
{
    public static IEndpointRouteBuilder MapPresenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/agents").WithTags("Presence").WithMetadata(JsonBodyLimitMetadata.Instance).ScopedToTeamAgents();
        group.MapGet("/{id}/presence", GetAsync).WithName("GetPresence").WithSummary("An agent's status and routing sub-state.")
            .RequirePermission(Permissions.PresenceRead);

        // Setting another agent's status is a supervisor's act; the identity capability lets agents set their own with presence.write.
        group.MapPut("/{id}/presence", SetAsync).WithName("SetPresence").WithSummary("Sets an agent's admin-defined status.")
            .RequirePermission(Permissions.PresenceManage);

        // The same act as a supervisor's intervention: audited with from/to and the agent is told who set the status.
        group.MapPost("/{id}/presence/force", ForceAsync).WithName("ForcePresence")
            .WithSummary("A supervisor sets an agent's status; the agent's work in hand goes on and the agent is told who did it.")
            .RequirePermission(Permissions.PresenceManage);
        return endpoints;
    }

    private static async Task<Ok<AgentPresence>> GetAsync(string id, [FromServices] IPresenceService presence, CancellationToken cancellationToken) =>
        TypedResults.Ok(await presence.GetAsync(id, cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<AgentPresence>> SetAsync(string id, [FromBody] SetPresenceRequest? request, [FromServices] IPresenceService presence, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.StatusId))
        {
            throw new InvalidRequestException("statusId", "Required.");
        }

        return TypedResults.Ok(await presence.SetStatusAsync(id, request.StatusId, request.ReasonCode, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<Ok<AgentPresence>, ProblemHttpResult>> ForceAsync(string id, [FromBody] SetPresenceRequest? request, ClaimsPrincipal user,
        [FromServices] StatusForcing forcing, CancellationToken cancellationToken)
    {
        var outcome = await forcing.ForceAsync(user, id, request?.StatusId ?? "", request?.ReasonCode, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            { Change: { } change } => TypedResults.Ok(change.Current),
            { Refusal: ForceRefusal.InvalidStatus } => Problem(StatusCodes.Status400BadRequest, "Invalid status", "presence.invalid-status", outcome.Reason!),
            { Refusal: ForceRefusal.UnknownAgent } => Problem(StatusCodes.Status404NotFound, "Not found", "not-found", outcome.Reason!),
            _ => Problem(StatusCodes.Status403Forbidden, "Outside your teams", "scope.forbidden",
                "This agent belongs to a team you do not supervise. / Este agente pertenece a un equipo que usted no supervisa."),
        };
    }

    internal static ProblemHttpResult Problem(int status, string title, string code, string detail) => TypedResults.Problem(statusCode: status, title: title,
        detail: detail, type: $"https://contactcenter.dev/problems/{code}", extensions: new Dictionary<string, object?> { ["code"] = code });
}
