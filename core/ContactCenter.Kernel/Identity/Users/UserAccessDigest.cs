using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContactCenter.Kernel.Identity.Users;

/// <summary>
/// The before/after digest of an account's access for the audit log: SHA-256 over its roles, teams, service lines,
/// agent and disabled flag (never a secret), so an auditor can tell an access change from a no-op.
/// </summary>
internal static class UserAccessDigest
{
    public static string Of(UserAccount user)
    {
        var access = new
        {
            id = user.Id,
            userName = user.UserName,
            roles = user.Roles.Order(StringComparer.Ordinal),
            teams = user.TeamIds.Order(StringComparer.Ordinal),
            serviceLines = user.ServiceLineIds.Order(StringComparer.Ordinal),
            agent = user.AgentId,
            disabled = user.Disabled,
        };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(access, KernelJson.Options))));
    }
}
