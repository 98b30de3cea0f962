namespace ContactCenter.Sdk.Domain;

/// <summary>A service-level objective: <see cref="Percent"/> of contacts answered within <see cref="Threshold"/>.</summary>
/// <param name="Percent">The share to answer in time, from 0 to 100.</param>
/// <param name="Threshold">The answer time the share is measured against.</param>
public sealed record ServiceLevelTarget(double Percent, TimeSpan Threshold)
{
    /// <summary>80% within 20 seconds.</summary>
    public static ServiceLevelTarget Default { get; } = new(80, TimeSpan.FromSeconds(20));
}
