namespace ContactCenter.Kernel.Tests.Plugins.Approvals;

/// <summary>A plugin whose HTTP handler calls the kernel: <c>/create</c> creates an interaction, <c>/publish</c> publishes an event.</summary>
internal static class PermissionSources
{
    public const string Caller = """
        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                services.AddSingleton<IPluginHttpHandler, Handler>();
        }

        public sealed class Handler(IInteractionService interactions, IEventBus bus) : IPluginHttpHandler
        {
            public async ValueTask HandleAsync(IPluginHttpContext http, CancellationToken ct)
            {
                switch (http.Path)
                {
                    case "/create":
                        var created = await interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Chat, ChannelName = "web" }, ct);
                        await http.Response.WriteTextAsync("created " + created.Id, cancellationToken: ct);
                        break;
                    case "/caught":
                        try
                        {
                            await interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Chat, ChannelName = "web" }, ct);
                            await http.Response.WriteTextAsync("allowed", cancellationToken: ct);
                        }
                        catch (ContactCenter.Sdk.Errors.PermissionDeniedException ex)
                        {
                            await http.Response.WriteTextAsync("denied " + ex.Permission, cancellationToken: ct);
                        }
                        break;
                    case "/publish":
                        await bus.PublishAsync(new CloudEvent { Id = "1", Type = "test.published", Source = "/x", Time = DateTimeOffset.UnixEpoch }, ct);
                        await http.Response.WriteTextAsync("published", cancellationToken: ct);
                        break;
                }
            }
        }
        """;
}
