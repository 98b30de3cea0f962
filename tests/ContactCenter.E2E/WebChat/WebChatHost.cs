using ContactCenter.Testing.Hosting;

namespace ContactCenter.E2E.WebChat;

/// <summary>The real host in demo mode (service lines, queues, agents) with the bundled web chat active.</summary>
internal static class WebChatHost
{
    public static async Task<RunningHost> StartAsync()
    {
        var host = await RunningHost.StartAsync(dataDirectory: null, configure: null, "--demo");
        using var client = host.CreateAdminClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/api/v1/plugins/cc.channels.webchat", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode && body.Contains("\"Active\"", StringComparison.Ordinal))
            {
                return host;
            }

            if (timeout.IsCancellationRequested)
            {
                await host.DisposeAsync();
                throw new InvalidOperationException($"The bundled web chat plugin did not become active: {(int)response.StatusCode} {body}");
            }

            await Task.Delay(100);
        }
    }
}
