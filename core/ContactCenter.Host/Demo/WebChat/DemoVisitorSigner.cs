using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContactCenter.Host.Demo.Plugins;
using ContactCenter.Kernel.Time;

namespace ContactCenter.Host.Demo.WebChat;

/// <summary>
/// What the insurer's server does for a signed-in visitor (docs/webchat.md, "Signed-in visitors"): reads the web chat's
/// identity secret (as an administrator would, through the plugin's own <c>GET /identity-secret</c>) and signs
/// <c>{visitorId}\n{email}\n{expires}</c> with HMAC-SHA256. The secret never leaves the server; only the signature is rendered.
/// </summary>
internal sealed class DemoVisitorSigner(DemoPluginCalls calls, KernelTime time)
{
    public const string WebChatPluginId = "cc.channels.webchat";

    /// <summary>The signed identity of <see cref="DemoCustomer"/>, or <see langword="null"/> when the web chat does not answer.</summary>
    public async Task<DemoSignedVisitor?> SignAsync(CancellationToken cancellationToken)
    {
        var answer = await calls.CallAsync(DemoPluginCalls.Administrator, WebChatPluginId, HttpMethods.Get, "/identity-secret", null, null, cancellationToken)
            .ConfigureAwait(false);
        if (!answer.Succeeded)
        {
            return null;
        }

        using var json = JsonDocument.Parse(answer.Body);
        var secret = Convert.FromBase64String(json.RootElement.GetProperty("secretBase64").GetString() ?? string.Empty);
        try
        {
            var expires = time.GetUtcNow().Add(DemoCustomer.Validity).ToUnixTimeSeconds();
            var email = DemoCustomer.Email.Trim().ToLowerInvariant();
            var payload = string.Create(CultureInfo.InvariantCulture, $"{DemoCustomer.VisitorId}\n{email}\n{expires}");
            var signature = Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(payload)));
            return new DemoSignedVisitor(DemoCustomer.VisitorId, email, DemoCustomer.Name, expires, signature);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }
}
