namespace ContactCenter.Kernel.Storage;

/// <summary>Whether the store answered a probe.</summary>
/// <param name="Healthy">Whether the store is usable.</param>
/// <param name="Description">What was checked, or what failed; never the connection secret.</param>
public sealed record StoreProbe(bool Healthy, string Description);
