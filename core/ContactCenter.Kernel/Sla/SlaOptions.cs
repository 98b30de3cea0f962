namespace ContactCenter.Kernel.Sla;

/// <summary>Configuration section <c>CC:Sla</c> (environment: <c>CC__Sla__…</c>).</summary>
public sealed class SlaOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Sla";

    /// <summary>The availability target, strictly between 0 and 1. Default 0.9997 (about 13 minutes a month).</summary>
    public double Target { get; set; } = 0.9997;

    /// <summary>How often every component probe runs. Default 10 seconds; must be under a minute.</summary>
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long one probe may take before it counts as unhealthy. Default 2 seconds.</summary>
    public TimeSpan ProbeBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A component that has not reported for longer than this counts as not alive. Default 30 seconds.</summary>
    public TimeSpan ReportTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The burn-rate alert rules; when not configured, <see cref="BurnRateRule.Defaults"/>.</summary>
    public IList<BurnRateRule>? BurnRateRules { get; set; }

    /// <summary>The rules in force.</summary>
    public IReadOnlyList<BurnRateRule> EffectiveRules => BurnRateRules is { Count: > 0 } rules ? rules.ToArray() : BurnRateRule.Defaults;
}
