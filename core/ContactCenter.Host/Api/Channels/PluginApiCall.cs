using System.Security.Claims;
using ContactCenter.Kernel.Plugins.Http;

namespace ContactCenter.Host.Api.Channels;

/// <summary>A plugin's answer to an in-process call of its API.</summary>
/// <param name="Status">The HTTP status it set.</param>
/// <param name="Body">What it wrote.</param>
internal sealed record PluginApiAnswer(int Status, byte[] Body)
{
    public bool Succeeded => Status is >= 200 and < 300;
}

/// <summary>
/// Calls a plugin's own API (<c>/api/v1/channels/{pluginId}/…</c>) in-process through the kernel's dispatcher, with
/// the caller's identity, so the plugin validates, checks permissions, audits and answers exactly as for a REST call.
/// </summary>
internal static class PluginApiCall
{
    public static async Task<PluginApiAnswer> SendAsync(IPluginHttpDispatcher dispatcher, IServiceProvider services, ClaimsPrincipal user,
        string pluginId, string method, string path, byte[]? jsonBody, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        using var response = new MemoryStream();
        var context = new DefaultHttpContext { User = user, RequestServices = services, RequestAborted = cancellationToken };
        context.Request.Method = method;
        if (jsonBody is not null)
        {
            context.Request.ContentType = "application/json";
            context.Request.ContentLength = jsonBody.Length;
            context.Request.Body = new MemoryStream(jsonBody);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Request.Headers[name] = value;
        }

        context.Response.Body = response;
        await dispatcher.DispatchApiAsync(context, pluginId, path).ConfigureAwait(false);
        return new PluginApiAnswer(context.Response.StatusCode, response.ToArray());
    }
}
