namespace ContactCenter.Kernel.Sla;

/// <summary>
/// Follows the current minute between heartbeat ticks and closes minutes as time passes. A minute is available when
/// the host ran from its start and no kernel component was seen unhealthy during it; a problem seen at the last tick of
/// a minute is assumed to last until the next tick, so it also counts against the next minute.
/// </summary>
internal sealed class MinuteTracker
{
    private const string StartedLate = "The host started during this minute.";
    private const string Stalled = "The heartbeat did not run during this minute (the host was stalled).";

    private const int MaxReasons = 10;

    private readonly List<string> _reasons = [];
    private IReadOnlyList<string> _lastProblems = [];
    private DateTimeOffset _minute;
    private bool _ranFromStart;
    private bool _waitingForFirstHealthyTick;

    /// <summary>Starts following the minute holding <paramref name="now"/>.</summary>
    /// <param name="now">When the host started.</param>
    /// <param name="ranFromStart">Whether the host counts as running since the minute began.</param>
    /// <param name="firstStart">
    /// Whether the ledger is empty: the platform never served before, so start-up (components still coming up) is not
    /// downtime. The ledger then begins with the first whole minute from the first tick that finds every component healthy.
    /// </param>
    public MinuteTracker(DateTimeOffset now, bool ranFromStart, bool firstStart = false)
    {
        _minute = LedgerMinute.Floor(now);
        _ranFromStart = ranFromStart;
        _waitingForFirstHealthyTick = firstStart;
    }

    /// <summary>The minute being followed.</summary>
    public DateTimeOffset Minute => _minute;

    /// <summary>Records what a tick at <paramref name="now"/> saw, and returns the minutes that ended before it.</summary>
    /// <param name="now">The tick's time.</param>
    /// <param name="problems">The kernel components not alive at the tick, with why.</param>
    /// <returns>The closed minutes, oldest first.</returns>
    public IReadOnlyList<LedgerMinute> Observe(DateTimeOffset now, IReadOnlyList<string> problems)
    {
        var closed = new List<LedgerMinute>();
        var minute = LedgerMinute.Floor(now);
        if (_waitingForFirstHealthyTick)
        {
            if (problems.Count > 0)
            {
                return closed;
            }

            _waitingForFirstHealthyTick = false;
            _minute = now == minute ? minute : minute.AddMinutes(1);
            _ranFromStart = true;
            _reasons.Clear();
            _lastProblems = problems;
            return closed;
        }

        if (minute > _minute)
        {
            closed.Add(Close());
            for (var missed = _minute.AddMinutes(1); missed < minute; missed = missed.AddMinutes(1))
            {
                closed.Add(new LedgerMinute(missed, false, [Stalled]));
            }

            _minute = minute;
            _ranFromStart = true;
            _reasons.Clear();
            Add(_lastProblems);
        }

        Add(problems);
        _lastProblems = problems;
        return closed;
    }

    private LedgerMinute Close()
    {
        var reasons = _ranFromStart ? _reasons.ToList() : _reasons.Prepend(StartedLate).ToList();
        return new LedgerMinute(_minute, reasons.Count == 0, reasons);
    }

    private void Add(IEnumerable<string> problems)
    {
        // A component's description can change at every tick ("no report for 35 s", "for 45 s"): keep the first few.
        foreach (var problem in problems.Where(p => !_reasons.Contains(p)).Take(Math.Max(0, MaxReasons - _reasons.Count)))
        {
            _reasons.Add(problem);
        }
    }
}
