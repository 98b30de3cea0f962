using Microsoft.AspNetCore.Authorization;

namespace ContactCenter.Host.Security.Permissions;

/// <summary>Grants a <see cref="PermissionRequirement"/> when the principal carries the permission claim.</summary>
internal sealed class PermissionAuthorizationHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Has(requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
