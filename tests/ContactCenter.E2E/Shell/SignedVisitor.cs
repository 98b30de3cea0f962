using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.E2E.Shell;

/// <summary>
/// A visitor signed in on the insurer's site, as its server would vouch for them (docs/webchat.md): the web chat's
/// identity secret read by the administrator, and an HMAC-SHA256 over id, email and expiry. The kernel then attaches
/// every chat of that visitor to one contact, so the agent sees one history.
/// </summary>
internal static class SignedVisitor
{
    public static async Task<string> AttributesAsync(RunningHost host, string visitorId, string email, string name)
    {
        using var admin = host.CreateAdminClient();
        var answer = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/channels/cc.channels.webchat/identity-secret", UriKind.Relative));
        var secret = Convert.FromBase64String(answer.GetProperty("secretBase64").GetString()!);
        var expires = TimeProvider.System.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        var payload = string.Create(CultureInfo.InvariantCulture, $"{visitorId}\n{email.Trim().ToLowerInvariant()}\n{expires}");
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(payload)));
        return string.Create(CultureInfo.InvariantCulture,
            $" data-visitor-id=\"{visitorId}\" data-visitor-email=\"{email}\" data-visitor-name=\"{name}\" data-visitor-expires=\"{expires}\" data-visitor-signature=\"{signature}\"");
    }
}
