namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>
/// A clock whose periodic timers fire only when the test says so, however much time has passed: the busy machine on
/// which a 20 ms timer fires once after 100 ms. Time moves with <see cref="Advance"/>; <see cref="FireEvery"/> runs
/// the live timers of one period once each.
/// </summary>
internal sealed class LateTimers : TimeProvider
{
    private static readonly DateTimeOffset Epoch = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
    private readonly List<Handle> _timers = [];
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override DateTimeOffset GetUtcNow() => Epoch.AddTicks(GetTimestamp());

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    /// <summary>Calls each started timer of <paramref name="period"/> once, late or not.</summary>
    public void FireEvery(TimeSpan period)
    {
        Handle[] due;
        lock (_timers)
        {
            due = [.. _timers.Where(t => t.Period == period && t.Started)];
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Handle(callback, state, dueTime, period);
        lock (_timers)
        {
            _timers.Add(timer);
        }

        return timer;
    }

    private sealed class Handle(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) : ITimer
    {
        public TimeSpan Period { get; private set; } = period;

        public bool Started { get; private set; } = dueTime != Timeout.InfiniteTimeSpan;

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            (Started, Period) = (dueTime != Timeout.InfiniteTimeSpan, period);
            return true;
        }

        public void Dispose() => Started = false;

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
