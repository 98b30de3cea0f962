namespace ContactCenter.Host.Tests.Durability;

/// <summary>Restart on the embedded store.</summary>
[Collection(DurabilityCollection.Name)]
public sealed class LiteDbRestartTests : RestartTests
{
    protected override string[] HostArguments => ["--CC:Storage:Provider=LiteDb"];
}
