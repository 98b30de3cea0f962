using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Shell.Tests.Endpoints;

/// <summary>One real host for the endpoint tests (they only read).</summary>
public sealed class ShellHostFixture : IAsyncLifetime
{
    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
