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
        // Bundled plugins are installed at start-up; the account can be set once WhatsApp is active.
        await Host.WaitForPluginActiveAsync("cc.channels.whatsapp");

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
