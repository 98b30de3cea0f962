using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Security.Permissions;

/// <summary>Builds one authorization policy per permission on demand (<c>permission:{name}</c>).</summary>
internal sealed class PermissionPolicies(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    /// <summary>The prefix of permission policy names (attributes need a constant: <c>Prefix + Permissions.X</c>).</summary>
    public const string Prefix = "permission:";

    public static string Name(string permission) => Prefix + permission;

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[Prefix.Length..]))
                .Build();
        }

        return await base.GetPolicyAsync(policyName).ConfigureAwait(false);
    }
}
