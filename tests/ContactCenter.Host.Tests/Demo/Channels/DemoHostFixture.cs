using ContactCenter.Host.Tests.EndToEnd;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Tests.Demo.Channels;

/// <summary>One real demo host (LiteDB, bundled plugins, HTTPS on loopback) for the demo channel tests.</summary>
public sealed class DemoHostFixture : IAsyncLifetime
{
    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await EndToEndHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
