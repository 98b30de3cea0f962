using ContactCenter.Kernel.Identity.Users;

namespace ContactCenter.Kernel.Identity.OAuth.Clients;

/// <summary>
/// Administration of OAuth clients: validated as a whole (every problem reported at once, nothing written), secrets
/// generated here, shown once and stored hashed, every change audited (<c>client.created</c>, <c>client.secret-rotated</c>,
/// <c>client.deleted</c>, target <c>client/{clientId}</c>).
/// </summary>
public interface IOAuthClients
{
    /// <summary>Every client, by client id.</summary>
    Task<IReadOnlyList<OAuthClientInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary>One client, or null.</summary>
    Task<OAuthClientInfo?> GetAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>Registers a client and returns its secret (once).</summary>
    /// <exception cref="ContactCenter.Sdk.Errors.InvalidRequestException">The request is invalid or the id is taken.</exception>
    Task<OAuthClientSecret> CreateAsync(NewOAuthClient client, UserChangeSource source, CancellationToken cancellationToken);

    /// <summary>Registers a client with a given secret (the bootstrap client); does nothing when the id exists.</summary>
    Task<bool> EnsureAsync(NewOAuthClient client, string secret, UserChangeSource source, CancellationToken cancellationToken);

    /// <summary>Replaces a confidential client's secret and returns the new one (once); the old one stops working.</summary>
    Task<OAuthClientSecret> RotateSecretAsync(string clientId, UserChangeSource source, CancellationToken cancellationToken);

    /// <summary>Deletes a client after revoking every token and authorization it holds.</summary>
    Task DeleteAsync(string clientId, UserChangeSource source, CancellationToken cancellationToken);
}
