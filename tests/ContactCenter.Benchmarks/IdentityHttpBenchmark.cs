using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Benchmarks;

/// <summary>
/// Identity over the wire, against the real host on HTTPS loopback: OAuth client-credentials tokens issued per second
/// with several concurrent clients (each token signed, encrypted and stored), and the cost of authorization on a typical
/// GET: <c>/api/v1/teams</c> with an OAuth access token (JWT decrypted and validated, its stored entry checked, the
/// permission evaluated) and with the local admin token, against <c>/livez</c>, which is public (no authentication, no
/// authorization). Rate limits are raised so they do not cap the figures.
/// </summary>
internal static class IdentityHttpBenchmark
{
    private const string ClientId = "bench-client";
    private const string ClientSecret = "bench-client-secret-0123456789abcdef";

    public static async Task<int> RunAsync(int requests, int concurrency)
    {
        await using var host = await RunningHost.StartAsync(configure: null,
            "--CC:OAuth:TokenPermitsPerMinute=100000000", "--CC:Identity:SignInPermitsPerMinute=100000000",
            $"--CC:Bootstrap:ClientId={ClientId}", $"--CC:Bootstrap:ClientSecret={ClientSecret}", "--Logging:LogLevel:Default=Warning");
        Console.WriteLine($"identity-http benchmark: requests={requests} concurrency={concurrency} cores={Environment.ProcessorCount}");
        using var client = host.CreateClient();
        var token = await TokenAsync(client);
        await TokenAsync(client); // warm-up

        var issued = await MeasureAsync(requests, concurrency, () => TokenAsync(client));
        Report("token issuance (client_credentials)", requests, issued);

        var bearer = new AuthenticationHeaderValue("Bearer", token);
        var admin = new AuthenticationHeaderValue("Bearer", host.AdminToken);
        await GetAsync(client, "/livez", null);
        await GetAsync(client, "/api/v1/teams", bearer);
        await GetAsync(client, "/api/v1/teams", admin);
        var open = await MeasureAsync(requests, concurrency, () => GetAsync(client, "/livez", null));
        var jwt = await MeasureAsync(requests, concurrency, () => GetAsync(client, "/api/v1/teams", bearer));
        var local = await MeasureAsync(requests, concurrency, () => GetAsync(client, "/api/v1/teams", admin));
        Report("GET /livez (public)", requests, open);
        Report("GET /api/v1/teams, OAuth token", requests, jwt);
        Report("GET /api/v1/teams, admin token", requests, local);
        Console.WriteLine($"  ratio OAuth-token GET / public GET: {jwt.TotalMilliseconds / open.TotalMilliseconds:F2}x; admin-token GET / public GET: {local.TotalMilliseconds / open.TotalMilliseconds:F2}x");
        return 0;
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        var basic = Uri.EscapeDataString(ClientId) + ":" + Uri.EscapeDataString(ClientSecret);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basic)));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Token request failed: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task<string> GetAsync(HttpClient client, string path, AuthenticationHeaderValue? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = authorization;
        using var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} failed: {(int)response.StatusCode}");
        }

        return path;
    }

    private static async Task<TimeSpan> MeasureAsync(int requests, int concurrency, Func<Task<string>> call)
    {
        var remaining = requests;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                await call();
            }
        }));
        return Stopwatch.GetElapsedTime(started);
    }

    private static void Report(string what, int count, TimeSpan elapsed) =>
        Console.WriteLine($"  {what,-40} {count / elapsed.TotalSeconds,10:F0} /s  ({elapsed.TotalMilliseconds / count:F3} ms each over the run)");
}
