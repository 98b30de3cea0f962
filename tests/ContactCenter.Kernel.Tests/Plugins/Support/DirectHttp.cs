using System.Text;
using Microsoft.AspNetCore.Http;

namespace ContactCenter.Kernel.Tests.Plugins.Support;

/// <summary>Dispatches a request straight to <c>IPluginHttpDispatcher</c> with a <see cref="DefaultHttpContext"/>.</summary>
internal static class DirectHttp
{
    public static async Task<(int Status, string Body, IHeaderDictionary Headers)> ApiAsync(PluginTestHost host, string pluginId, string path, string method = "GET", string? body = null)
    {
        var context = Create($"/api/v1/channels/{pluginId}{path}", method, body);
        await host.Dispatcher.DispatchApiAsync(context, pluginId, path);
        return await ReadAsync(context);
    }

    public static async Task<(bool Handled, int Status, string Body, IHeaderDictionary Headers)> PublicAsync(PluginTestHost host, string path)
    {
        var context = Create(path, "GET", null);
        var handled = await host.Dispatcher.TryDispatchPublicAsync(context);
        var (status, text, headers) = await ReadAsync(context);
        return (handled, status, text, headers);
    }

    private static DefaultHttpContext Create(string path, string method, string? body)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = bytes.Length;
            context.Request.ContentType = "text/plain";
        }

        return context;
    }

    private static async Task<(int, string, IHeaderDictionary)> ReadAsync(HttpContext context)
    {
        context.Response.Body.Position = 0;
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync(), context.Response.Headers);
    }
}
