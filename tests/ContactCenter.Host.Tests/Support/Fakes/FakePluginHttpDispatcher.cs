using System.Text;
using ContactCenter.Kernel.Plugins.Http;
using Microsoft.AspNetCore.Http;

namespace ContactCenter.Host.Tests.Support.Fakes;

/// <summary>Echoes what it was given; serves the public path <c>/webchat/</c>.</summary>
internal sealed class FakePluginHttpDispatcher : IPluginHttpDispatcher
{
    public async Task DispatchApiAsync(HttpContext context, string pluginId, string path)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            await EchoAsync(context, pluginId);
            return;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var user = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : "anonymous";
        await context.Response.WriteAsync($"api|{pluginId}|{path}|{context.Request.Method}|{body}|{user}", context.RequestAborted);
    }

    private static async Task EchoAsync(HttpContext context, string pluginId)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var buffer = new byte[1024];
        var received = await socket.ReceiveAsync(buffer, context.RequestAborted);
        var reply = Encoding.UTF8.GetBytes($"{pluginId}:{Encoding.UTF8.GetString(buffer, 0, received.Count)}");
        await socket.SendAsync(reply, System.Net.WebSockets.WebSocketMessageType.Text, endOfMessage: true, context.RequestAborted);
        await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "bye", context.RequestAborted);
    }

    public async Task<bool> TryDispatchPublicAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/webchat", out var rest))
        {
            return false;
        }

        context.Response.ContentType = "text/html";
        await context.Response.WriteAsync($"public|{rest}", context.RequestAborted);
        return true;
    }
}
