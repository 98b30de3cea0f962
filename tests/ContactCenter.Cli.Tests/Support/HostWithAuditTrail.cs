using ContactCenter.Testing.Hosting;

namespace ContactCenter.Cli.Tests.Support;

/// <summary>A real host writing a checkpoint every 2 audit entries, after five plugin calls by the administrator.</summary>
public sealed class HostWithAuditTrail : IAsyncLifetime
{
    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await RunningHost.StartAsync(configure: null, "--CC:Audit:CheckpointEvery=2");
        using var admin = Host.CreateAdminClient();
        for (var i = 0; i < 5; i++)
        {
            using var response = await admin.PostAsync($"/api/v1/plugins/acme.p{i}/enable", null);
        }
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}
