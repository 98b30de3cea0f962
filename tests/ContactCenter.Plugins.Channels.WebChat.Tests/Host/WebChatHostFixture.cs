using ContactCenter.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Host;

/// <summary>
/// One real host per test class: HTTPS on loopback, demo mode (service lines autos and salud with their queues and
/// agents), and the web chat installed from the host's bundled plugins exactly as in production.
/// </summary>
public sealed class WebChatHostFixture : IAsyncLifetime
{
    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await RunningHost.StartAsync(dataDirectory: null, configure: null, "--demo");
        // Bundled plugins are installed at start-up; the tests talk to the web chat once it is active.
        await Host.WaitForPluginActiveAsync("cc.channels.webchat");
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}
