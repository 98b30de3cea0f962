namespace ContactCenter.Kernel.Sla;

/// <summary>The outcome of a component probe.</summary>
/// <param name="Healthy">Whether the component is usable.</param>
/// <param name="Description">What was checked or what failed; never secrets.</param>
public sealed record ProbeResult(bool Healthy, string Description);
