namespace ContactCenter.Kernel.Tests.Plugins.Support;

/// <summary>C# sources of the plugins the tests build (compiled at test time against the SDK only).</summary>
internal static class Sources
{
    /// <summary>An HTTP plugin: /echo (raw body), /query, /headers, /ws (WebSocket echo), /work (40 ms, then its version), /slow; else id, version, path.</summary>
    public const string Http = """
        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                services.AddSingleton<IPluginHttpHandler, Handler>();
        }

        public sealed class Handler(PluginStartupContext plugin) : IPluginHttpHandler
        {
            public async ValueTask HandleAsync(IPluginHttpContext http, CancellationToken ct)
            {
                switch (http.Path)
                {
                    case "/echo":
                        var body = await http.ReadBodyAsync(ct);
                        http.Response.ContentType = http.ContentType;
                        await http.Response.WriteAsync(body, ct);
                        break;
                    case "/query":
                        await http.Response.WriteTextAsync($"{http.GetQuery("NAME")}|{http.GetHeader("x-TEST")}|{http.Area}|{http.Method}", cancellationToken: ct);
                        break;
                    case "/headers":
                        http.Response.SetHeader("X-Frame-Options", "ALLOWALL");
                        http.Response.SetHeader("X-Plugin", "yes");
                        await http.Response.WriteTextAsync("headers", cancellationToken: ct);
                        break;
                    case "/ws":
                        using (var socket = await http.AcceptWebSocketAsync())
                        {
                            var buffer = new byte[1024];
                            while (true)
                            {
                                var received = await socket.ReceiveAsync(buffer, ct);
                                if (received.MessageType == System.Net.WebSockets.WebSocketMessageType.Close)
                                {
                                    await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "bye", ct);
                                    return;
                                }

                                var reply = Encoding.UTF8.GetBytes($"{plugin.Version}:{Encoding.UTF8.GetString(buffer, 0, received.Count)}");
                                await socket.SendAsync(reply, System.Net.WebSockets.WebSocketMessageType.Text, true, ct);
                            }
                        }
                    case "/work":
                        await Task.Delay(40, ct);
                        await http.Response.WriteTextAsync(plugin.Version, cancellationToken: ct);
                        break;
                    case "/slow":
                        await Task.Delay(Timeout.Infinite, ct);
                        break;
                    default:
                        await http.Response.WriteTextAsync($"{plugin.PluginId} {plugin.Version} {http.Path}", cancellationToken: ct);
                        break;
                }
            }
        }
        """;

    /// <summary>A plugin that really uses the kernel: DI, its own JSON types, the store, an event subscription, a timer, a logger. It records each step in its store's <c>journal</c>.</summary>
    public const string Used = """
        public sealed record Note(string Text, int Count, DateTimeOffset At);

        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context)
            {
                services.AddSingleton<Journal>();
                services.AddSingleton<IPluginBackgroundService, Worker>();
            }
        }

        public sealed class Journal(IPluginStore store)
        {
            public Task WriteAsync(string step, string detail) =>
                store.Collection<Note>("journal").UpsertAsync(step, new Note(detail, 1, DateTimeOffset.UnixEpoch)).AsTask();
        }

        public sealed class Worker(Journal journal, IPluginStore store, IEventBus bus, IClock clock, JsonSerializerOptions json, ILogger<Worker> logger) : IPluginBackgroundService
        {
            private ITimer? _timer;

            public async Task StartAsync(CancellationToken ct)
            {
                var text = JsonSerializer.Serialize(new Note("hello", 3, clock.UtcNow), json);
                var back = JsonSerializer.Deserialize<Note>(text, json)!;
                await journal.WriteAsync("serialized", back.Text);

                var notes = store.Collection<Note>("notes");
                await notes.UpsertAsync("n1", new Note("indexed", 1, clock.UtcNow), ct);
                var page = await notes.QueryAsync(DocumentQuery.Where("text", "indexed"), ct);
                await journal.WriteAsync("queried", page.Items.Count.ToString());

                bus.Subscribe("test.ping", async (e, c) => await journal.WriteAsync("event", e.GetData<string>(json) ?? "none"));
                _timer = clock.CreateTimer(_ => journal.WriteAsync("timer", "fired"), null, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50));
                logger.LogInformation("Worker started");
            }

            public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
        }
        """;

    /// <summary>A plugin whose background service stores one of its objects in a static of a shared type.</summary>
    public const string LeakAppContext = """
        public sealed class Leak { }

        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                services.AddSingleton<IPluginBackgroundService, Leaker>();
        }

        public sealed class Leaker(PluginStartupContext context) : IPluginBackgroundService
        {
            public Task StartAsync(CancellationToken ct)
            {
                AppContext.SetData("cc.test.leak." + context.PluginId, new Leak());
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
        }
        """;

    /// <summary>A plugin that subscribes to a process-wide event and never unsubscribes.</summary>
    public const string LeakProcessExit = """
        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.WriteLine(context.PluginId);
        }
        """;

    /// <summary>A plugin that serializes its own type with <c>JsonSerializer.Serialize(value)</c>, without options.</summary>
    public const string DefaultJson = """
        public sealed record Payload(string Name, int Value);

        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                services.AddSingleton<IPluginBackgroundService, Worker>();
        }

        public sealed class Worker : IPluginBackgroundService
        {
            public Task StartAsync(CancellationToken ct)
            {
                var text = JsonSerializer.Serialize(new Payload("x", 1));
                _ = JsonSerializer.Deserialize<Payload>(text);
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
        }
        """;

    /// <summary>A startup that only registers what <paramref name="registrations"/> says, plus the given types.</summary>
    public static string Startup(string registrations, string types = "") => $$"""
        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context)
            {
                {{registrations}}
            }
        }

        {{types}}
        """;

    /// <summary>An HTTP handler whose body is <paramref name="body"/> (variables: http, ct).</summary>
    public static string Handler(string body) => Startup(
        "services.AddSingleton<IPluginHttpHandler, Handler>();",
        $$"""
        public sealed class Handler : IPluginHttpHandler
        {
            public async ValueTask HandleAsync(IPluginHttpContext http, CancellationToken ct)
            {
                await Task.Yield();
                {{body}}
            }
        }
        """);
}
