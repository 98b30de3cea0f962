using System.Net;
using System.Net.Http.Json;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Tests.Demo.Channels;

/// <summary>Without demo mode the demo pages and the WhatsApp stand-in do not exist, even for an administrator.</summary>
public sealed class DemoEndpointsOutsideDemoTests
{
    [Fact]
    public async Task DemoPaths_WithoutDemo_404()
    {
        await using var host = await RunningHost.StartAsync((string?)null, null, "--CC:Storage:Provider=LiteDb");
        using var admin = host.CreateAdminClient();

        foreach (var path in new[] { "/demo", "/demo/webchat", "/demo/webchat/autos", "/demo/webchat/autos/signed-in", "/demo/assets/demo.css", "/demo/whatsapp/sent" })
        {
            using var response = await admin.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }

        using var post = await admin.PostAsJsonAsync(new Uri("/demo/whatsapp/messages", UriKind.Relative), new { from = "50688881234", name = "Ana", text = "Hola" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
