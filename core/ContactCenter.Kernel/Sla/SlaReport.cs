namespace ContactCenter.Kernel.Sla;

/// <summary>What <c>/api/v1/sla</c> answers.</summary>
public sealed record SlaReport
{
    /// <summary>The availability target, e.g. 0.9997.</summary>
    public required double Target { get; init; }

    /// <summary>When the report was computed.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Availability over the last hour, day and 30 days.</summary>
    public required IReadOnlyList<SlaWindow> Windows { get; init; }

    /// <summary>Burn-rate alerts firing now.</summary>
    public IReadOnlyList<Sdk.Events.SlaBurnRateAlert> ActiveAlerts { get; init; } = [];

    /// <summary>Liveness of each component and plugin.</summary>
    public IReadOnlyList<ComponentLiveness> Components { get; init; } = [];
}

/// <summary>Availability over one window.</summary>
/// <param name="Name">The window's name: <c>1h</c>, <c>24h</c> or <c>30d</c>.</param>
/// <param name="Length">The window's length.</param>
/// <param name="MinutesCounted">Minutes in the window since the ledger began.</param>
/// <param name="MinutesUnavailable">Minutes counted as unavailable (including minutes the host was down).</param>
/// <param name="Availability">Available minutes ÷ counted minutes (1 when nothing is counted yet).</param>
/// <param name="ErrorBudgetMinutes">Unavailable minutes the target allows over the window.</param>
/// <param name="ErrorBudgetRemaining">The share of the budget left, from 1 (untouched) down (negative when overspent).</param>
public sealed record SlaWindow(string Name, TimeSpan Length, long MinutesCounted, long MinutesUnavailable, double Availability, double ErrorBudgetMinutes, double ErrorBudgetRemaining);

/// <summary>Liveness of a component or plugin.</summary>
/// <param name="Name">The component (<c>store</c>, <c>cluster</c>) or <c>plugin:{id}</c>.</param>
/// <param name="Alive">Whether it reported in time and healthy.</param>
/// <param name="LastReport">When it last reported.</param>
/// <param name="Description">What it said.</param>
public sealed record ComponentLiveness(string Name, bool Alive, DateTimeOffset? LastReport, string? Description);
