using ContactCenter.Host.Demo.WebChat;
using ContactCenter.Host.Demo.WhatsApp;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Demo;

/// <summary>Maps demo mode's pages and the WhatsApp stand-in's customer side, only in demo mode: elsewhere these paths are 404.</summary>
internal static class DemoEndpoints
{
    public static IEndpointRouteBuilder MapDemoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (!options.Enabled)
        {
            return endpoints;
        }

        endpoints.MapDemoWebChatPages();
        if (options.WhatsAppStandIn)
        {
            endpoints.MapDemoWhatsApp();
        }

        return endpoints;
    }
}
