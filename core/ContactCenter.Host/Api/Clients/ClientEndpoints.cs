using ContactCenter.Host.Api.Limits;
using ContactCenter.Host.Security.Audit;
using ContactCenter.Kernel.Identity.OAuth.Clients;
using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Clients;

/// <summary>
/// Maps <c>/api/v1/clients</c> (permission <c>clients.manage</c>): OAuth clients listed, registered (the secret is in
/// the answer once and never again), given a new secret, deleted (their tokens revoked). Changes are audited by
/// <see cref="IOAuthClients"/> and, as HTTP changes, by the audit trail.
/// </summary>
internal static class ClientEndpoints
{
    public static IEndpointRouteBuilder MapClientEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/clients").WithTags("Clients").WithMetadata(JsonBodyLimitMetadata.Instance)
            .RequirePermission(Permissions.ClientsManage);
        group.MapGet("/", async ([FromServices] IOAuthClients clients, CancellationToken cancellationToken) =>
                TypedResults.Ok(await clients.ListAsync(cancellationToken).ConfigureAwait(false)))
            .WithName("ListClients").WithSummary("Every OAuth client (never a secret).");
        group.MapGet("/{clientId}", GetAsync).WithName("GetClient").WithSummary("One OAuth client; 404 if unknown.");
        group.MapPost("/", CreateAsync).WithName("CreateClient")
            .WithSummary("Registers an OAuth client; the answer holds its secret, shown this once. Every problem is listed at once.");
        group.MapPost("/{clientId}/secret", async (string clientId, HttpContext context, [FromServices] IOAuthClients clients) =>
                TypedResults.Ok(await clients.RotateSecretAsync(clientId, SourceOf(context), context.RequestAborted).ConfigureAwait(false)))
            .WithName("RotateClientSecret").WithSummary("Replaces a confidential client's secret; the answer holds the new one, shown this once.");
        group.MapDelete("/{clientId}", async (string clientId, HttpContext context, [FromServices] IOAuthClients clients) =>
            {
                await clients.DeleteAsync(clientId, SourceOf(context), context.RequestAborted).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("DeleteClient").WithSummary("Deletes an OAuth client and revokes every token it holds.");
        return endpoints;
    }

    private static async Task<Ok<OAuthClientInfo>> GetAsync(string clientId, [FromServices] IOAuthClients clients, CancellationToken cancellationToken) =>
        TypedResults.Ok(await clients.GetAsync(clientId, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("client", clientId));

    private static async Task<Created<OAuthClientSecret>> CreateAsync([FromBody] CreateClientRequest? request, HttpContext context, [FromServices] IOAuthClients clients)
    {
        if (request is null)
        {
            throw new InvalidRequestException("body", "Required.");
        }

        var client = new NewOAuthClient(request.ClientId ?? "", request.DisplayName ?? "", request.Scopes ?? [])
        {
            GrantTypes = request.GrantTypes ?? [OAuthGrants.ClientCredentials],
            RedirectUris = request.RedirectUris ?? [],
            Confidential = request.Confidential ?? true,
        };
        var created = await clients.CreateAsync(client, SourceOf(context), context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/clients/{created.Client.ClientId}", created);
    }

    private static UserChangeSource SourceOf(HttpContext context) =>
        new(AuditTrailMiddleware.ActorOf(context.User), context.Connection.RemoteIpAddress?.ToString());
}
