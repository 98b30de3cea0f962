using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Tests.Security.OAuth;

/// <summary>
/// A host of its own for the OAuth tests, with a bootstrap integration client, and a plain RFC 6749 client:
/// form-encoded requests, client_secret_basic authentication (id and secret form-url-encoded, then Basic).
/// </summary>
public sealed class OAuthHostFixture : IAsyncLifetime
{
    public const string BootstrapId = "insurer-crm";
    public const string BootstrapSecret = "bootstrap-secret-of-the-insurer-0123456789";

    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await RunningHost.StartAsync(configure: null,
        "--CC:Identity:SignInPermitsPerMinute=1000", "--CC:OAuth:TokenPermitsPerMinute=1000",
        $"--CC:Bootstrap:ClientId={BootstrapId}", $"--CC:Bootstrap:ClientSecret={BootstrapSecret}");

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    /// <summary>POSTs a form to an OAuth endpoint, authenticating the client with HTTP Basic when a secret is given.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> PostFormAsync(
        string path, string? clientId, string? secret, params (string Name, string Value)[] fields)
    {
        using var client = Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        if (clientId is not null && secret is not null)
        {
            var basic = Uri.EscapeDataString(clientId) + ":" + Uri.EscapeDataString(secret);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basic)));
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>A client credentials token for <paramref name="clientId"/>; fails the test unless issued.</summary>
    public async Task<string> ClientTokenAsync(string clientId, string secret, string? scope = null)
    {
        var fields = new List<(string, string)> { ("grant_type", "client_credentials") };
        if (scope is not null)
        {
            fields.Add(("scope", scope));
        }

        var (status, body) = await PostFormAsync("/connect/token", clientId, secret, [.. fields]);
        Assert.True(status == HttpStatusCode.OK, $"Token request failed: {status} {body}");
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>Registers a client through the API with the admin token; returns its secret (null for public clients).</summary>
    public async Task<string?> CreateClientAsync(object request)
    {
        using var admin = Host.CreateAdminClient();
        using var response = await admin.PostAsJsonAsync("/api/v1/clients", request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("secret", out var secret) && secret.ValueKind == JsonValueKind.String ? secret.GetString() : null;
    }

    /// <summary>An HTTP client that keeps cookies and does not follow redirects (to read the authorization code).</summary>
    public HttpClient CreateBrowserLikeClient()
    {
        var pin = Host.CertificateSha256;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = new CookieContainer(),
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is X509Certificate2 c && c.GetCertHashString(HashAlgorithmName.SHA256) == pin,
            },
        };
        return new HttpClient(handler) { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }
}
