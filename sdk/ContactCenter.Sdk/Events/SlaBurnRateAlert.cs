namespace ContactCenter.Sdk.Events;

/// <summary>Data of the SLA burn-rate events: an error-budget alert raised or resolved.</summary>
/// <param name="Severity"><c>page</c> for fast burns, <c>ticket</c> for slow ones.</param>
/// <param name="LongWindow">The long window of the rule.</param>
/// <param name="ShortWindow">The short window of the rule.</param>
/// <param name="Threshold">The burn rate the rule fires at (1 = budget spent exactly over the SLO period).</param>
/// <param name="LongBurnRate">The burn rate measured over the long window.</param>
/// <param name="ShortBurnRate">The burn rate measured over the short window.</param>
/// <param name="Target">The availability target, e.g. 0.9997.</param>
public sealed record SlaBurnRateAlert(
    string Severity,
    TimeSpan LongWindow,
    TimeSpan ShortWindow,
    double Threshold,
    double LongBurnRate,
    double ShortBurnRate,
    double Target);
