using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Tests.EndToEnd;

/// <summary>One demo host on LiteDB per test class; each test uses its own agents so the tests do not meet.</summary>
public sealed class DemoHostFixture : IAsyncLifetime
{
    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await EndToEndHost.StartAsync();

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();
}
