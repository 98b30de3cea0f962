using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Testing.Hosting;

/// <summary>
/// The real host over real HTTPS on a loopback ephemeral port, with a temporary data directory that is removed on
/// dispose. Uses only the host's public surface so the CLI and browser tests can share it (linked source).
/// </summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly bool _ownsDataDirectory;

    private RunningHost(WebApplication app, string dataDirectory, bool ownsDataDirectory)
    {
        App = app;
        DataDirectory = dataDirectory;
        _ownsDataDirectory = ownsDataDirectory;
        BaseAddress = new Uri(app.Urls.First(u => u.StartsWith("https://", StringComparison.Ordinal)));
    }

    public WebApplication App { get; }

    public string DataDirectory { get; }

    public Uri BaseAddress { get; }

    public string AdminToken => File.ReadAllText(Path.Combine(DataDirectory, "secrets", "admin.token")).Trim();

    /// <summary>The SHA-256 fingerprint of the certificate the host serves, read from <c>host.json</c>.</summary>
    public string CertificateSha256 =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDirectory, "host.json")))
            .RootElement.GetProperty("certificateSha256").GetString()!;

    /// <summary>
    /// Builds the default test arguments: HTTPS on an ephemeral port, in-memory store, free silo port, and the bundled
    /// voice plugin's SIP and RTP on loopback ephemeral ports (never 5060: tests run side by side).
    /// </summary>
    public static string[] Arguments(string dataDirectory, params string[] extra) =>
    [
        "--urls", "https://127.0.0.1:0",
        "--CC:Storage:Provider=Memory",
        $"--CC:Storage:DataDirectory={dataDirectory}",
        "--CC:Cluster:SiloPort=0",
        $"--{VoiceSettings}:bindAddress=127.0.0.1",
        $"--{VoiceSettings}:udpPort=0",
        $"--{VoiceSettings}:tcpPort=0",
        $"--{VoiceSettings}:tlsPort=0",
        $"--{VoiceSettings}:rtpPortMin=0",
        .. extra,
    ];

    /// <summary>The host configuration section that overrides the bundled voice plugin's settings.</summary>
    public const string VoiceSettings = "CC:Plugins:Settings:cc.channels.voice";

    public static Task<RunningHost> StartAsync(Action<WebApplicationBuilder>? configure = null, params string[] extra) =>
        StartAsync(null, configure, extra);

    /// <remarks>
    /// The silo port is picked free (<c>SiloPort=0</c>) and bound by Orleans a moment later, so a test beside us may
    /// take it in between (seen in CI as "Address already in use" from the silo's listener): the host is then built
    /// again on a new port, up to three times. Any other start failure is thrown at once.
    /// </remarks>
    public static async Task<RunningHost> StartAsync(string? dataDirectory, Action<WebApplicationBuilder>? configure, params string[] extra)
    {
        var owns = dataDirectory is null;
        dataDirectory ??= Directory.CreateTempSubdirectory("cc-host-test-").FullName;
        for (var attempt = 1; ; attempt++)
        {
            var builder = ContactCenter.Host.HostApplication.CreateBuilder(Arguments(dataDirectory, extra));
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            configure?.Invoke(builder);
            var app = ContactCenter.Host.HostApplication.Build(builder);
            try
            {
                await app.StartAsync();
                return new RunningHost(app, dataDirectory, owns);
            }
            catch (Exception ex)
            {
                await app.DisposeAsync();
                if (attempt < 3 && IsPortTaken(ex))
                {
                    continue;
                }

                if (owns)
                {
                    Directory.Delete(dataDirectory, recursive: true);
                }

                throw;
            }
        }
    }

    /// <summary>
    /// The silo listener's own failure: Orleans throws <c>AddressInUseException</c> itself. Kestrel wraps it in an
    /// <see cref="IOException"/> for a taken HTTPS port, which only a caller that chose that port can change
    /// (<c>ShellHost.StartOnFreePortAsync</c> does), so it is not retried here on the same port.
    /// </summary>
    private static bool IsPortTaken(Exception exception) => exception is Microsoft.AspNetCore.Connections.AddressInUseException;

    /// <summary>An HTTP client that trusts only this host's certificate (pinned by SHA-256), with a bearer token when given.</summary>
    public HttpClient CreateClient(string? token = null)
    {
        var pin = CertificateSha256;
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is X509Certificate2 c && c.GetCertHashString(HashAlgorithmName.SHA256) == pin,
            },
        };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public HttpClient CreateAdminClient() => CreateClient(AdminToken);

    /// <summary>
    /// Waits until the plugin <paramref name="pluginId"/> is Active (bundled plugins install at start-up, after the host
    /// answers); throws naming the plugin's last answer when it is not within <paramref name="timeout"/> (60 s by default).
    /// </summary>
    public async Task WaitForPluginActiveAsync(string pluginId, TimeSpan? timeout = null)
    {
        using var client = CreateAdminClient();
        var deadline = TimeProvider.System.GetUtcNow() + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            using var response = await client.GetAsync(new Uri($"/api/v1/plugins/{pluginId}", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode && body.Contains("\"Active\"", StringComparison.Ordinal))
            {
                return;
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new InvalidOperationException($"The plugin {pluginId} did not become active: {(int)response.StatusCode} {body}");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await App.StopAsync();
        }
        finally
        {
            await App.DisposeAsync();
            if (_ownsDataDirectory && Directory.Exists(DataDirectory))
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
        }
    }
}
