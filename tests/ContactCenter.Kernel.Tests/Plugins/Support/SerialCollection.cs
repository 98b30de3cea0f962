namespace ContactCenter.Kernel.Tests.Plugins.Support;

/// <summary>Tests that must not run alongside others (they observe process-wide caches).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial";
}
