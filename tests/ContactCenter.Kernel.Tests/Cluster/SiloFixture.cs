namespace ContactCenter.Kernel.Tests.Cluster;

/// <summary>One silo shared by a test class whose tests isolate themselves with unique ids and never move the clock.</summary>
public sealed class SiloFixture : IAsyncLifetime
{
    internal TestSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync() => Silo = await TestSilo.StartAsync();

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}
