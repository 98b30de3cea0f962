using System.Security.Claims;

namespace ContactCenter.Host.Security.Permissions;

/// <summary>How a principal carries its permissions: one claim per permission.</summary>
public static class PermissionClaims
{
    /// <summary>The claim type.</summary>
    public const string Type = "cc:permission";

    /// <summary>The claim naming the agent a principal acts as, when it is an agent.</summary>
    public const string AgentId = "cc:agent-id";

    /// <summary>Whether <paramref name="user"/> holds <paramref name="permission"/>.</summary>
    /// <param name="user">The principal.</param>
    /// <param name="permission">The permission.</param>
    /// <returns>Whether it holds it.</returns>
    public static bool Has(this ClaimsPrincipal user, string permission)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && user.HasClaim(Type, permission);
    }
}
