using ContactCenter.Kernel.Audit;

namespace ContactCenter.Kernel.Identity.OAuth.Keys;

/// <summary>
/// Rotates the OAuth keys and audits it (<c>oauth-key.rotated</c>, target <c>oauth-key/{new id}</c>, detail: use and the
/// retired key ids; never key material). Shared by <c>POST /api/v1/oauth/keys/rotate</c> and <c>cc keys oauth rotate</c>.
/// </summary>
public sealed class OAuthKeyRotation(OAuthKeyRing ring, IAuditLog audit)
{
    /// <summary>Rotates the key of each use given (signing, encryption, or both when none is given).</summary>
    /// <param name="use">A use (<see cref="OAuthKeyUse"/>), or <see langword="null"/> for both.</param>
    /// <param name="actor">The audit actor.</param>
    /// <param name="sourceIp">The caller's address, if over the network.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new key ids by use.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">An unknown use.</exception>
    public async Task<IReadOnlyDictionary<string, string>> RotateAsync(string? use, string actor, string? sourceIp, CancellationToken cancellationToken = default)
    {
        string[] uses = use switch
        {
            null or "" => [OAuthKeyUse.Signing, OAuthKeyUse.Encryption],
            OAuthKeyUse.Signing or OAuthKeyUse.Encryption => [use],
            _ => throw new Sdk.Errors.InvalidRequestException("use", $"Unknown key use '{use}'; expected '{OAuthKeyUse.Signing}' or '{OAuthKeyUse.Encryption}' (or none for both)."),
        };
        var rotated = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var each in uses)
        {
            var before = (await ring.ListAsync(cancellationToken).ConfigureAwait(false)).Where(k => k.Use == each && k.RetiredAt is null).Select(k => k.Id).ToArray();
            var id = await ring.RotateAsync(each, cancellationToken).ConfigureAwait(false);
            rotated[each] = id;
            await audit.AppendAsync(new AuditEntry(actor, "oauth-key.rotated", $"oauth-key/{id}")
            {
                SourceIp = sourceIp,
                CorrelationId = AuditActor.CorrelationId,
                Detail = $"use {each}; retired {(before.Length == 0 ? "none" : string.Join(',', before))}",
            }, cancellationToken).ConfigureAwait(false);
        }

        return rotated;
    }
}
