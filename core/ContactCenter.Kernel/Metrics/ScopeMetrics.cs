namespace ContactCenter.Kernel.Metrics;

/// <summary>
/// The real-time metrics of one queue, team, channel, service line or the center. Times in seconds, rates in percent.
/// Contact figures count customer contacts only; internal work (direction <c>Internal</c>) is in
/// <see cref="Internal"/> and <see cref="InternalWaiting"/>.
/// </summary>
public sealed record ScopeMetrics
{
    /// <summary>The scope kind.</summary>
    public required MetricScope Scope { get; init; }

    /// <summary>The queue, team, channel or service line id (<c>center</c> for the center).</summary>
    public required string Key { get; init; }

    /// <summary>Customer contacts waiting (Queued or Offered).</summary>
    public int Waiting { get; init; }

    /// <summary>The oldest wait now, in seconds (0 when nobody waits).</summary>
    public double OldestWaitSeconds { get; init; }

    /// <summary>Answered within threshold ÷ (answered + abandoned after threshold) × 100 over the window; null with no such contacts.</summary>
    public double? ServiceLevel { get; init; }

    /// <summary>The service-level threshold used, in seconds.</summary>
    public double ServiceLevelThresholdSeconds { get; init; }

    /// <summary>Contacts answered in the window.</summary>
    public int Answered { get; init; }

    /// <summary>Contacts abandoned while waiting in the window.</summary>
    public int Abandoned { get; init; }

    /// <summary>Abandoned ÷ (answered + abandoned) × 100 over the window; null with neither.</summary>
    public double? AbandonRate { get; init; }

    /// <summary>Average speed of answer over the window, in seconds; null when nothing was answered.</summary>
    public double? AsaSeconds { get; init; }

    /// <summary>Average handle time (connected to closed: talk, hold and wrap-up) over the window, in seconds; null when nothing closed.</summary>
    public double? AhtSeconds { get; init; }

    /// <summary>Contacts closed after being handled, in the window.</summary>
    public int Handled { get; init; }

    /// <summary>Transfers in the window.</summary>
    public int Transfers { get; init; }

    /// <summary>Internal interactions (consultations to a queue, agent-to-agent calls) that ended in the window, however they ended.</summary>
    public int Internal { get; init; }

    /// <summary>Internal interactions waiting now (Queued or Offered); not in <see cref="Waiting"/> or <see cref="OldestWaitSeconds"/>.</summary>
    public int InternalWaiting { get; init; }

    /// <summary>Agents by chosen status id (offline agents included).</summary>
    public IReadOnlyDictionary<string, int> AgentsByStatus { get; init; } = new Dictionary<string, int>();

    /// <summary>Agents by routing sub-state (Idle, Reserved, OnContact, WrapUp, NotResponding), offline agents excluded.</summary>
    public IReadOnlyDictionary<string, int> AgentsBySubState { get; init; } = new Dictionary<string, int>();

    /// <summary>Agents holding work (Reserved, OnContact, WrapUp) ÷ agents signed in and not offline × 100, now; null with none.</summary>
    public double? Occupancy { get; init; }

    /// <summary>Customer contacts each agent closed today (since midnight in the configured time zone).</summary>
    public IReadOnlyDictionary<string, int> HandledTodayByAgent { get; init; } = new Dictionary<string, int>();
}
