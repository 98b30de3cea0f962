using System.Globalization;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Plugins.Hosting;
using ContactCenter.Kernel.Plugins.Http;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Testing.Doubles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>
/// Composes the in-memory kernel: the real plugin host (<c>AddPluginHost</c>) and in-memory store, the doubles in place
/// of the services other kernel areas provide, and an in-memory ASP.NET Core server (TestServer) that maps the
/// kernel-owned plugin routes to the kernel's dispatcher, as the host does. The plugin host's hosted service is left
/// out: the kit drives start-up itself and delivers transitions to the channel synchronously (see
/// <see cref="InteractionLedger"/>), so no background notifier races the test.
/// </summary>
internal static class KernelComposition
{
    public static WebApplication Build(PluginTestOptions options, string dataDirectory, KernelDoubles doubles)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(KernelComposition).Assembly.GetName().Name });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddProvider(doubles.Logs);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CC:Storage:DataDirectory"] = dataDirectory,
            ["CC:Plugins:Directory"] = Path.Combine(dataDirectory, "plugins"),
            ["CC:Plugins:CallBudget"] = Format(options.CallBudget),
            ["CC:Plugins:HttpBudget"] = Format(options.HttpBudget),
            ["CC:Plugins:DrainTimeout"] = Format(options.DrainTimeout),
            ["CC:Plugins:UnloadVerificationAttempts"] = "20",
            ["CC:Plugins:UnloadVerificationDelay"] = "00:00:00.050",
        });

        var services = builder.Services;
        services.AddSingleton<IClock>(doubles.Clock);
        services.AddSingleton<IEventBus>(doubles.Events);
        services.AddSingleton<IDocumentStore>(doubles.Store);
        services.AddSingleton<IKernelInteractionService>(doubles.Interactions.ForPlugin);
        services.AddSingleton<IPresenceService>(doubles.PresenceForPlugin);
        services.AddOptions<StorageOptions>().Bind(builder.Configuration.GetSection(StorageOptions.Section));
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StoreInitializer>());
        services.AddPluginHost(builder.Configuration);
        foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(PluginHostService)).ToList())
        {
            services.Remove(hosted);
        }

        var app = builder.Build();
        app.UseWebSockets();
        app.Map("/api/v1/channels/{pluginId}/{**path}", (HttpContext context, string pluginId, string? path, IPluginHttpDispatcher dispatcher) =>
            dispatcher.DispatchApiAsync(context, pluginId, "/" + path));
        app.Use(async (context, next) =>
        {
            if (!await context.RequestServices.GetRequiredService<IPluginHttpDispatcher>().TryDispatchPublicAsync(context).ConfigureAwait(false))
            {
                await next(context).ConfigureAwait(false);
            }
        });
        return app;
    }

    private static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
