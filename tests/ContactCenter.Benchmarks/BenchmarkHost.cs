using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Benchmarks;

/// <summary>An in-process silo with the whole kernel on the chosen store, as the host composes it.</summary>
internal static class BenchmarkHost
{
    public static IHost Build(LifecycleOptions options, string dataDirectory)
    {
        // Initial data, not indexer writes: those do not survive the host builder taking the manager over.
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(
        [
            new("CC:Storage:Provider", options.Store == "litedb" ? "LiteDb" : "Memory"),
            new("CC:Storage:DataDirectory", dataDirectory),
        ]);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Configuration = configuration });
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        if (options.Store == "litedb")
        {
            builder.Services.AddLiteDbStore(configuration);
        }
        else
        {
            builder.Services.AddInMemoryStore();
        }

        builder.Services.AddContactCenterKernel(configuration);
        var port = FreePort();
        builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort: port, gatewayPort: 0).AddContactCenterKernel());
        return builder.Build();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
