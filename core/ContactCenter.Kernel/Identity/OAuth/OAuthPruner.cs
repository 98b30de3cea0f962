using ContactCenter.Kernel.Time;
using OpenIddict.Abstractions;

namespace ContactCenter.Kernel.Identity.OAuth;

/// <summary>
/// Removes token entries and authorizations that can no longer be used (expired on the kernel's clock, redeemed,
/// revoked) once they are older than <c>retention</c>, so the token collections do not grow without end.
/// </summary>
public sealed class OAuthPruner(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, KernelTime time)
{
    /// <summary>Prunes what was created before now minus <paramref name="retention"/>; returns (tokens, authorizations) removed.</summary>
    public async Task<(long Tokens, long Authorizations)> PruneAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        var threshold = time.GetUtcNow() - retention;
        var removedTokens = await tokens.PruneAsync(threshold, cancellationToken).ConfigureAwait(false);
        var removedAuthorizations = await authorizations.PruneAsync(threshold, cancellationToken).ConfigureAwait(false);
        return (removedTokens, removedAuthorizations);
    }
}
