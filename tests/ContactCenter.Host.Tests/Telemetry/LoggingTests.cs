using ContactCenter.Host.Tests.Support;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Host.Tests.Telemetry;

public sealed class LoggingTests
{
    [Fact]
    public async Task Logs_RequestsCarryingTheToken_NeverContainIt()
    {
        var logs = new CapturingLoggerProvider();
        string token;
        await using (var host = await RunningHost.StartAsync(builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            builder.Services.AddSingleton<ILoggerProvider>(logs);
        }))
        {
            token = host.AdminToken;
            using var client = host.CreateAdminClient();
            using var ok = await client.GetAsync("/api/v1/interactions/crash");
            using var hub = await client.PostAsync($"/hubs/agent/negotiate?negotiateVersion=1&access_token={token}", null);
            using var wrong = host.CreateClient(token + "x");
            using var refused = await wrong.GetAsync("/api/v1/sla");
        }

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(token, StringComparison.Ordinal));
    }
}
