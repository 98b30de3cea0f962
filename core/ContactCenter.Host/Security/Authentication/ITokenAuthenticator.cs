using System.Security.Claims;

namespace ContactCenter.Host.Security.Authentication;

/// <summary>
/// Turns a bearer token into a principal. The host asks every registered authenticator in turn; the identity
/// capability adds its own (OAuth access tokens) beside the local administrator token.
/// </summary>
public interface ITokenAuthenticator
{
    /// <summary>The principal the token stands for, or <see langword="null"/> when this authenticator does not know it.</summary>
    /// <param name="token">The bearer token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The principal, or <see langword="null"/>.</returns>
    ValueTask<ClaimsPrincipal?> AuthenticateAsync(string token, CancellationToken cancellationToken);
}
