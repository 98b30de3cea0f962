using System.Globalization;
using ContactCenter.Benchmarks.Realtime;
using ContactCenter.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContactCenter.Benchmarks.Supervisor;

/// <summary>The real host (HTTPS on loopback, the chosen store) with the benchmark's directory seeded while it starts.</summary>
internal static class SupervisorHost
{
    public static Task<RunningHost> StartAsync(SupervisorOptions options) =>
        RunningHost.StartAsync(builder => Configure(builder, options),
            $"--CC:Storage:Provider={(options.Store == "litedb" ? "LiteDb" : "Memory")}",
            $"--CC:Metrics:PublishInterval={TimeSpan.FromMilliseconds(options.PublishMs).ToString("c", CultureInfo.InvariantCulture)}");

    private static void Configure(WebApplicationBuilder builder, SupervisorOptions options)
    {
        BenchHostSetup.Configure(builder);
        builder.Services.AddSingleton(options);
        builder.Services.AddHostedService<SupervisorDirectory>();
        if (!options.Relay)
        {
            // Isolates the metrics feed: without the relay supervisors get MetricsUpdated only, not every transition and presence change.
            var relay = builder.Services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "HubEventRelay");
            builder.Services.Remove(relay);
        }
    }
}
