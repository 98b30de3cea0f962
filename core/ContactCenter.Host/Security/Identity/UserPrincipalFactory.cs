using System.Security.Claims;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Security.Identity;

/// <summary>
/// The principal of a signed-in account carries the same claims as every other credential: one <c>cc:permission</c> per
/// permission of its roles and <c>cc:agent-id</c>, so the permission policies and hubs need not know how it signed in.
/// </summary>
internal sealed class UserPrincipalFactory(IOptions<IdentityOptions> options) : IUserClaimsPrincipalFactory<UserAccount>
{
    public Task<ClaimsPrincipal> CreateAsync(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id),
            new(ClaimTypes.Name, user.UserName),
            new(options.Value.ClaimsIdentity.SecurityStampClaimType, user.SecurityStamp),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(RoleCatalog.PermissionsOf(user.Roles).Select(p => new Claim(PermissionClaims.Type, p)));
        claims.AddRange(TeamScope.ClaimsFor(user.Roles, user.TeamIds));
        if (user.AgentId is { } agent)
        {
            claims.Add(new Claim(PermissionClaims.AgentId, agent));
        }

        return Task.FromResult(new ClaimsPrincipal(new ClaimsIdentity(claims, IdentityConstants.ApplicationScheme)));
    }
}
