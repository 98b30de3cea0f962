namespace ContactCenter.Testing.Plugins;

/// <summary>Ready-made plugin sources for tests of the host, the CLI and the end-to-end suite.</summary>
public static class TestPluginSources
{
    /// <summary>A startup that registers nothing: the smallest loadable plugin (kind <c>extension</c>).</summary>
    public const string Empty = """
        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context)
            {
            }
        }
        """;

    /// <summary>
    /// An HTTP plugin that answers every request with <c>{text} {version} {path}</c> as plain text, and echoes the raw
    /// body back on <c>POST /echo</c>.
    /// </summary>
    /// <param name="text">The text to answer with.</param>
    /// <returns>The source.</returns>
    public static string HttpReply(string text) => $$"""
        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                services.AddSingleton<IPluginHttpHandler, ReplyHandler>();
        }

        public sealed class ReplyHandler(PluginStartupContext plugin) : IPluginHttpHandler
        {
            public async ValueTask HandleAsync(IPluginHttpContext http, CancellationToken ct)
            {
                if (http.Method == "POST" && http.Path == "/echo")
                {
                    var body = await http.ReadBodyAsync(ct);
                    await http.Response.WriteAsync(body, ct);
                    return;
                }

                await http.Response.WriteTextAsync($"{{Escape(text)}} {plugin.Version} {http.Path}", cancellationToken: ct);
            }
        }
        """;

    // The text lands inside an interpolated C# string literal of the generated source.
    private static string Escape(string text) =>
        System.Text.Json.JsonEncodedText.Encode(text).ToString().Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}
