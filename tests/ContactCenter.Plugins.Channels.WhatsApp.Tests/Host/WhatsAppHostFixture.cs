using System.Net;
using System.Net.Http.Json;
using ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Host;

/// <summary>
/// One real host (HTTPS on loopback, demo mode, the LiteDB store) with the WhatsApp plugin installed from the bundled
/// plugins as in production, its account pointed at a stand-in Graph API on another loopback port.
/// </summary>
public sealed class WhatsAppHostFixture : IAsyncLifetime
{
    public const string AppSecret = "test-app-secret-0123456789";
    public const string AccessToken = "test-access-token-0123456789";
    public const string VerifyToken = "test-verify-token-0123456789";

    internal RunningHost Host { get; private set; } = null!;

    internal GraphStandIn Graph { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Graph = await GraphStandIn.StartAsync(AccessToken);
        // These tests bring their own Graph stand-in: demo mode must not point the account at its built-in one.
        Host = await RunningHost.StartAsync(dataDirectory: null, configure: null, "--demo", "--CC:Storage:Provider=LiteDb", "--CC:Demo:WhatsAppStandIn=false");
        using var client = Host.CreateAdminClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            // Bundled plugins are installed at start-up; wait until WhatsApp is active before setting its account.
            using var response = await client.GetAsync(new Uri("/api/v1/plugins/cc.channels.whatsapp", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode && body.Contains("\"Active\"", StringComparison.Ordinal))
            {
                break;
            }

            if (timeout.IsCancellationRequested)
            {
                throw new InvalidOperationException($"The bundled WhatsApp plugin did not become active: {(int)response.StatusCode} {body}");
            }

            await Task.Delay(100);
        }

        using var set = await client.PutAsJsonAsync(new Uri("/api/v1/channels/cc.channels.whatsapp/account", UriKind.Relative), new
        {
            appSecret = AppSecret, accessToken = AccessToken, verifyToken = VerifyToken, graphBaseUrl = Graph.BaseAddress.AbsoluteUri, graphVersion = GraphStandIn.Version,
        });
        if (set.StatusCode != HttpStatusCode.NoContent)
        {
            throw new InvalidOperationException($"Setting the WhatsApp account failed: {(int)set.StatusCode} {await set.Content.ReadAsStringAsync()}");
        }
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
