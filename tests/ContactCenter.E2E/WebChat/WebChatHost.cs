using ContactCenter.Testing.Hosting;

namespace ContactCenter.E2E.WebChat;

/// <summary>The real host in demo mode (service lines, queues, agents) with the bundled web chat active.</summary>
internal static class WebChatHost
{
    public static async Task<RunningHost> StartAsync()
    {
        var host = await RunningHost.StartAsync(dataDirectory: null, configure: null, "--demo");
        try
        {
            await host.WaitForPluginActiveAsync("cc.channels.webchat");
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }
}
