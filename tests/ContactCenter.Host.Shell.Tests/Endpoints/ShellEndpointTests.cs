using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Shell.Tests.Endpoints;

/// <summary>The shell's endpoints on the real host over HTTPS: sign-in redirect, strict CSP, framework and library files.</summary>
public sealed class ShellEndpointTests(ShellHostFixture fixture) : IClassFixture<ShellHostFixture>
{
    private readonly RunningHost _host = fixture.Host;

    [Theory]
    [InlineData("/agent", "/identity/sign-in?returnUrl=%2Fagent")]
    [InlineData("/agent?lang=es", "/identity/sign-in?returnUrl=%2Fagent%3Flang%3Des")]
    public async Task Get_ShellPageWithoutSession_RedirectsToSignInAndBack(string path, string expected)
    {
        using var client = Client();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_CircuitWithoutSession_IsRefusedNotRedirected()
    {
        using var client = Client();

        using var response = await client.PostAsync(new Uri("/_blazor/negotiate?negotiateVersion=1", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_ShellPageSignedIn_HasNoInlineScriptAndAStrictPolicy()
    {
        using var client = Client(_host.AdminToken);

        using var response = await client.GetAsync(new Uri("/agent", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("<script src=\"_framework/blazor.web.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js", "javascript")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", "javascript")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("/agent/assets/shell.js", "javascript")]
    [InlineData("/agent/assets/shell.css", "text/css")]
    public async Task Get_ShellAsset_IsServedWithoutSession(string path, string mediaType)
    {
        using var client = Client();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(mediaType, response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private HttpClient Client(string? token = null)
    {
        var pin = _host.CertificateSha256;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is X509Certificate2 c && c.GetCertHashString(HashAlgorithmName.SHA256) == pin,
            },
        };
        var client = new HttpClient(handler) { BaseAddress = _host.BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
