namespace ContactCenter.Kernel.Sla;

/// <summary>
/// A multi-window burn-rate alert: it fires when the error budget burns at least <see cref="Threshold"/> times the
/// sustainable rate over both the long window (significance) and the short window (it is still happening), and
/// clears as soon as either drops below.
/// </summary>
public sealed record BurnRateRule
{
    /// <summary>
    /// The SRE workbook's rules for a 30-day objective: page when 2% of the monthly budget burns in an hour (14.4x,
    /// confirmed over 5 minutes) or 5% in 6 hours (6x over 30 minutes); open a ticket when 10% burns in 3 days (1x
    /// over 6 hours).
    /// </summary>
    public static IReadOnlyList<BurnRateRule> Defaults { get; } =
    [
        new() { Severity = "page", LongWindow = TimeSpan.FromHours(1), ShortWindow = TimeSpan.FromMinutes(5), Threshold = 14.4 },
        new() { Severity = "page", LongWindow = TimeSpan.FromHours(6), ShortWindow = TimeSpan.FromMinutes(30), Threshold = 6 },
        new() { Severity = "ticket", LongWindow = TimeSpan.FromDays(3), ShortWindow = TimeSpan.FromHours(6), Threshold = 1 },
    ];

    /// <summary><c>page</c> or <c>ticket</c>.</summary>
    public string Severity { get; set; } = "page";

    /// <summary>The long window.</summary>
    public TimeSpan LongWindow { get; set; }

    /// <summary>The short (confirmation) window.</summary>
    public TimeSpan ShortWindow { get; set; }

    /// <summary>The burn rate at which the rule fires (1 = the budget would last exactly the 30-day period).</summary>
    public double Threshold { get; set; }

    /// <summary>A stable key for the rule, used as the subject of its events.</summary>
    public string Key => $"{Severity}/{LongWindow:c}/{ShortWindow:c}/{Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
