namespace ContactCenter.Host.Tests.Durability;

/// <summary>The durability and restart tests start whole hosts (several, as processes): one at a time keeps the machine responsive.</summary>
[CollectionDefinition(Name)]
public sealed class DurabilityCollection
{
    public const string Name = "durability";
}
