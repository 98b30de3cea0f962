using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Tests.Demo.Channels;

/// <summary>The web chat test pages on a real demo host: strict CSP, one script tag, and a signed-in page the plugin verifies.</summary>
public sealed partial class DemoWebChatPagesTests(DemoHostFixture fixture) : IClassFixture<DemoHostFixture>
{
    [Theory]
    [InlineData("autos", null, "es")]
    [InlineData("salud", null, "es")]
    [InlineData("autos", "en", "en")]
    public async Task Page_InDemo_ServedWithStrictCspAndOneAsyncWidgetTag(string line, string? lang, string expectedLang)
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync(new Uri($"/demo/webchat/{line}{(lang is null ? "" : "?lang=" + lang)}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains($"wss://{fixture.Host.BaseAddress.Authority}", csp, StringComparison.Ordinal);
        var script = Assert.Single(ScriptTag().Matches(html)).Value;
        Assert.Contains("async src=\"/webchat/widget.js\"", script, StringComparison.Ordinal);
        Assert.Contains($"data-inbox=\"{line}\"", script, StringComparison.Ordinal);
        Assert.Contains($"data-lang=\"{expectedLang}\"", script, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{expectedLang}\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-visitor", html, StringComparison.Ordinal);

        using var widget = await client.GetAsync(new Uri("/webchat/widget.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, widget.StatusCode);
        using var style = await client.GetAsync(new Uri("/demo/assets/demo.css", UriKind.Relative));
        Assert.Equal(("text/css", HttpStatusCode.OK), (style.Content.Headers.ContentType?.MediaType, style.StatusCode));
    }

    [Fact]
    public async Task Index_InDemo_ListsEveryPage()
    {
        using var client = fixture.Host.CreateClient();
        var html = await client.GetStringAsync(new Uri("/demo", UriKind.Relative));

        foreach (var href in new[] { "/demo/webchat/autos?lang=es", "/demo/webchat/salud?lang=es", "/demo/webchat/autos/signed-in?lang=es", "/demo/webchat/salud/signed-in?lang=es" })
        {
            Assert.Contains($"href=\"{href}\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(html, await client.GetStringAsync(new Uri("/demo/webchat", UriKind.Relative)));
    }

    [Theory]
    [InlineData("/demo/webchat/vida")]
    [InlineData("/demo/webchat/vida/signed-in")]
    public async Task Page_UnknownLine_404(string path)
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SignedInPage_Signature_VerifiesWithTheWebChatSecretAndTheWidgetIsVerified()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync(new Uri("/demo/webchat/salud/signed-in", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("unsafe-inline", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var script = Assert.Single(ScriptTag().Matches(html)).Value;
        string Attribute(string name) => WebUtility.HtmlDecode(Regex.Match(script, $"{name}=\"([^\"]*)\"").Groups[1].Value);
        var (id, email, name, expires, signature) = (Attribute("data-visitor-id"), Attribute("data-visitor-email"), Attribute("data-visitor-name"),
            long.Parse(Attribute("data-visitor-expires"), CultureInfo.InvariantCulture), Attribute("data-visitor-signature"));

        using var admin = fixture.Host.CreateAdminClient();
        var secret = Convert.FromBase64String((await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/channels/cc.channels.webchat/identity-secret", UriKind.Relative)))
            .GetProperty("secretBase64").GetString()!);
        Assert.DoesNotContain(Convert.ToBase64String(secret), html, StringComparison.Ordinal);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"{id}\n{email}\n{expires}")));
        Assert.Equal(expected, signature);
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        Assert.InRange(expires, now + 1, now + (24 * 3600));

        // The plugin itself accepts it: the widget's hello with these attributes is welcomed as verified.
        Assert.True(await WelcomedAsVerifiedAsync(new { visitorId = id, email, name, expires, signature }));
        Assert.False(await WelcomedAsVerifiedAsync(new { visitorId = id, email = "someone.else@aseguradora.test", name, expires, signature }));
    }

    private async Task<bool> WelcomedAsVerifiedAsync(object identity)
    {
        using var socket = new ClientWebSocket();
        var pin = fixture.Host.CertificateSha256;
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is X509Certificate2 c && c.GetCertHashString(HashAlgorithmName.SHA256) == pin;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(new UriBuilder(fixture.Host.BaseAddress) { Scheme = "wss", Path = "/webchat/socket" }.Uri, timeout.Token);
        await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new { type = "hello", inbox = "salud", lang = "es", identity }), WebSocketMessageType.Text, true, timeout.Token);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                frame.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            using var json = JsonDocument.Parse(frame.ToArray());
            if (json.RootElement.GetProperty("type").GetString() == "welcome")
            {
                return json.RootElement.GetProperty("verified").GetBoolean();
            }
        }
    }

    [GeneratedRegex("<script[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptTag();
}
