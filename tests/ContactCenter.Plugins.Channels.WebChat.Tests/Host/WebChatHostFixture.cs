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
        using var client = Host.CreateAdminClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            // Bundled plugins are installed at start-up; wait for the web chat to be active before the tests talk to it.
            using var response = await client.GetAsync(new Uri("/api/v1/plugins/cc.channels.webchat", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode && body.Contains("\"Active\"", StringComparison.Ordinal))
            {
                return;
            }

            if (timeout.IsCancellationRequested)
            {
                throw new InvalidOperationException($"The bundled web chat plugin did not become active: {(int)response.StatusCode} {body}");
            }

            await Task.Delay(100);
        }
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}
