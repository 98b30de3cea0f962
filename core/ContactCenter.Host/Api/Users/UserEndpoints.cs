using ContactCenter.Host.Api.Limits;
using ContactCenter.Host.Security.Audit;
using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Users;

/// <summary>
/// Maps <c>/api/v1/users</c> over <see cref="IUserAccounts"/>: reading accounts with <c>users.read</c>, creating them,
/// changing roles and memberships, disabling and enabling with <c>users.manage</c>. Each change is audited by the
/// account service with before/after digests (and by the audit trail as an HTTP change).
/// </summary>
internal static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/users").WithTags("Users").WithMetadata(JsonBodyLimitMetadata.Instance);
        group.MapGet("/", ListAsync).WithName("ListUsers").WithSummary("Every account with its roles, permissions, teams and status.")
            .RequirePermission(Permissions.UsersRead);
        group.MapGet("/{id}", GetAsync).WithName("GetUser").WithSummary("One account; 404 if unknown.")
            .RequirePermission(Permissions.UsersRead);
        group.MapPost("/", CreateAsync).WithName("CreateUser")
            .WithSummary("Creates an account; the password must be changed at first sign-in. Every problem is listed at once.")
            .RequirePermission(Permissions.UsersManage);
        group.MapPut("/{id}/roles", SetRolesAsync).WithName("SetUserRoles").WithSummary("Replaces an account's roles.")
            .RequirePermission(Permissions.UsersManage);
        group.MapPut("/{id}/memberships", SetMembershipsAsync).WithName("SetUserMemberships")
            .WithSummary("Replaces an account's teams, service lines and agent.")
            .RequirePermission(Permissions.UsersManage);
        group.MapPost("/{id}/disable", (string id, HttpContext context, [FromServices] IUserAccounts accounts, [FromServices] KernelTime time) =>
                SetDisabledAsync(id, true, context, accounts, time))
            .WithName("DisableUser").WithSummary("Disables an account and signs it out everywhere.")
            .RequirePermission(Permissions.UsersManage);
        group.MapPost("/{id}/enable", (string id, HttpContext context, [FromServices] IUserAccounts accounts, [FromServices] KernelTime time) =>
                SetDisabledAsync(id, false, context, accounts, time))
            .WithName("EnableUser").WithSummary("Enables a disabled account.")
            .RequirePermission(Permissions.UsersManage);
        return endpoints;
    }

    private static async Task<Ok<UserView[]>> ListAsync([FromServices] IUserAccounts accounts, [FromServices] KernelTime time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return TypedResults.Ok((await accounts.ListAsync(cancellationToken).ConfigureAwait(false)).Select(u => UserView.Of(u, now)).ToArray());
    }

    private static async Task<Ok<UserView>> GetAsync(string id, [FromServices] IUserAccounts accounts, [FromServices] KernelTime time, CancellationToken cancellationToken) =>
        TypedResults.Ok(UserView.Of(await accounts.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("user", id), time.GetUtcNow()));

    private static async Task<Created<UserView>> CreateAsync(
        [FromBody] CreateUserRequest? request, HttpContext context, [FromServices] IUserAccounts accounts, [FromServices] KernelTime time)
    {
        if (request is null)
        {
            throw new InvalidRequestException("body", "Required.");
        }

        var user = await accounts.CreateAsync(
            new NewUserAccount(request.UserName ?? "", request.Password ?? "", request.Roles ?? [])
            {
                Email = request.Email,
                TeamIds = request.TeamIds ?? [],
                ServiceLineIds = request.ServiceLineIds ?? [],
                AgentId = request.AgentId,
            },
            SourceOf(context), context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/users/{user.Id}", UserView.Of(user, time.GetUtcNow()));
    }

    private static async Task<Ok<UserView>> SetRolesAsync(
        string id, [FromBody] SetRolesRequest? request, HttpContext context, [FromServices] IUserAccounts accounts, [FromServices] KernelTime time)
    {
        if (request?.Roles is null)
        {
            throw new InvalidRequestException("roles", "Required (an empty list removes every role).");
        }

        var user = await accounts.SetRolesAsync(id, request.Roles, SourceOf(context), context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(UserView.Of(user, time.GetUtcNow()));
    }

    private static async Task<Ok<UserView>> SetMembershipsAsync(
        string id, [FromBody] SetMembershipsRequest? request, HttpContext context, [FromServices] IUserAccounts accounts, [FromServices] KernelTime time)
    {
        if (request is null)
        {
            throw new InvalidRequestException("body", "Required.");
        }

        var memberships = new UserMemberships(request.TeamIds ?? [], request.ServiceLineIds ?? [], request.AgentId);
        var user = await accounts.SetMembershipsAsync(id, memberships, SourceOf(context), context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(UserView.Of(user, time.GetUtcNow()));
    }

    private static async Task<Ok<UserView>> SetDisabledAsync(string id, bool disabled, HttpContext context, IUserAccounts accounts, KernelTime time)
    {
        var user = await accounts.SetDisabledAsync(id, disabled, SourceOf(context), context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(UserView.Of(user, time.GetUtcNow()));
    }

    private static UserChangeSource SourceOf(HttpContext context) =>
        new(AuditTrailMiddleware.ActorOf(context.User), context.Connection.RemoteIpAddress?.ToString());
}
