using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ContactCenter.Host.Security.Permissions;

namespace ContactCenter.Host.Security.Authentication;

/// <summary>The local administrator token grants every permission.</summary>
internal sealed class AdminTokenAuthenticator(AdminTokenFile tokenFile) : ITokenAuthenticator
{
    public const string AdminName = "local-admin";

    public ValueTask<ClaimsPrincipal?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        var expected = Encoding.UTF8.GetBytes(tokenFile.Token);
        var given = Encoding.UTF8.GetBytes(token);
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return ValueTask.FromResult<ClaimsPrincipal?>(null);
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, AdminName), new(ClaimTypes.NameIdentifier, AdminName) };
        claims.AddRange(Sdk.Permissions.All.Select(p => new Claim(PermissionClaims.Type, p)));
        var identity = new ClaimsIdentity(claims, BearerTokenDefaults.Scheme);
        return ValueTask.FromResult<ClaimsPrincipal?>(new ClaimsPrincipal(identity));
    }
}
