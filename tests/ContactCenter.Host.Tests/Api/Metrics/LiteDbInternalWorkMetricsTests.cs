namespace ContactCenter.Host.Tests.Api.Metrics;

/// <summary>On LiteDB (the demo's store).</summary>
public sealed class LiteDbInternalWorkMetricsTests : InternalWorkMetricsTests
{
    protected override string[] StorageArguments => ["--CC:Storage:Provider=LiteDb"];
}
