using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Tests.Security.OAuth;

/// <summary>
/// OAuth key rotation over HTTPS with a plain RFC 6749 client: tokens issued before a rotation keep working, tokens after
/// it carry the new key id in their header, and a restarted host keeps issuing with the new key.
/// </summary>
public sealed class OAuthKeyRotationTests : IDisposable
{
    private const string ClientId = "insurer-crm";
    private const string Secret = "bootstrap-secret-of-the-insurer-0123456789";
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("cc-oauth-rotation-");

    public void Dispose() => _data.Delete(recursive: true);

    [Fact]
    public async Task Rotate_Api_NewTokensUseTheNewKey_OldTokensStillValidate()
    {
        string before;
        string rotatedEncryption;
        await using (var host = await StartAsync())
        {
            using var admin = host.CreateAdminClient();
            before = await TokenAsync(host);
            var keys = await admin.GetFromJsonAsync<JsonElement>("/api/v1/oauth/keys");
            var currentEncryption = keys.EnumerateArray().Single(k => k.GetProperty("use").GetString() == "encryption" && (!k.TryGetProperty("retiredAt", out var retired) || retired.ValueKind == JsonValueKind.Null));
            Assert.Equal(currentEncryption.GetProperty("id").GetString(), KeyIdOf(before));
            using (var client = host.CreateClient(before))
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/v1/oauth/keys/rotate", null)).StatusCode);
            }

            Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/api/v1/oauth/keys/rotate?use=sealing", null)).StatusCode);
            var rotated = await (await admin.PostAsync("/api/v1/oauth/keys/rotate", null)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
            rotatedEncryption = rotated.GetProperty("encryption").GetString()!;

            var after = await TokenAsync(host);

            Assert.Equal(rotatedEncryption, KeyIdOf(after));
            Assert.NotEqual(KeyIdOf(before), KeyIdOf(after));
            Assert.Equal(HttpStatusCode.OK, await CallAsync(host, before));
            Assert.Equal(HttpStatusCode.OK, await CallAsync(host, after));
            var audit = await admin.GetStringAsync("/api/v1/audit/export?action=oauth-key.rotated");
            Assert.Equal(2, audit.Split('\n').Count(l => l.Contains("\"oauth-key.rotated\"", StringComparison.Ordinal) && l.Contains("oauth-key/ok-", StringComparison.Ordinal)));
        }

        // A restarted host keeps issuing with the rotated key. (A token from the first run cannot be replayed here: the
        // restarted test host listens on another ephemeral port, so its issuer differs; the retention of retired keys is
        // proved on the key ring with a fake clock, OAuthKeyRotationTests in the kernel tests.)
        await using var restarted = await StartAsync();
        var again = await TokenAsync(restarted);
        Assert.Equal(rotatedEncryption, KeyIdOf(again));
        Assert.Equal(HttpStatusCode.OK, await CallAsync(restarted, again));
    }

    private Task<RunningHost> StartAsync() => RunningHost.StartAsync(_data.FullName, null, "--CC:Storage:Provider=LiteDb",
        "--CC:OAuth:TokenPermitsPerMinute=1000", $"--CC:Bootstrap:ClientId={ClientId}", $"--CC:Bootstrap:ClientSecret={Secret}");

    private static async Task<string> TokenAsync(RunningHost host)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{Secret}")));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task<HttpStatusCode> CallAsync(RunningHost host, string token)
    {
        using var client = host.CreateClient(token);
        return (await client.GetAsync("/api/v1/teams")).StatusCode;
    }

    /// <summary>The <c>kid</c> of a JWT's (here a JWE's) protected header.</summary>
    private static string? KeyIdOf(string token)
    {
        var header = token.Split('.')[0].Replace('-', '+').Replace('_', '/');
        header = header.PadRight(header.Length + ((4 - (header.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Convert.FromBase64String(header)).RootElement.GetProperty("kid").GetString();
    }
}
