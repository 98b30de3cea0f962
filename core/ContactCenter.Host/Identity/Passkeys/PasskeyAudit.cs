using System.Security.Cryptography;
using System.Text;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Identity.Users;

namespace ContactCenter.Host.Identity.Passkeys;

/// <summary>
/// Audits a change of an account's passkeys (<c>user.passkey-added</c>, <c>user.passkey-removed</c>, target
/// <c>user/{id}</c>): before/after digests are SHA-256 over the account id and its sorted credential ids, the detail is
/// the first 16 characters of the credential id. The name the user gave a passkey is not logged (it may be personal).
/// </summary>
internal static class PasskeyAudit
{
    public static string Digest(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var text = user.Id + "\n" + string.Join('\n', user.Passkeys.Select(p => p.CredentialId).Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static ValueTask<AuditRecord> AppendAsync(IAuditLog audit, HttpContext context, UserAccount user, string action, string before, string? shortId)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        return audit.AppendAsync(new AuditEntry(user.Id, action, $"user/{user.Id}")
        {
            BeforeDigest = before,
            AfterDigest = Digest(user),
            Detail = shortId is null ? null : $"passkey {shortId}",
            SourceIp = context.Connection.RemoteIpAddress?.ToString(),
            CorrelationId = AuditActor.CorrelationId,
        }, context.RequestAborted);
    }
}
