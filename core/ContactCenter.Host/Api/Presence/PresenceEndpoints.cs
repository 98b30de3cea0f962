using ContactCenter.Host.Api.Limits;
using ContactCenter.Host.Identity.Scoping;
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
}
