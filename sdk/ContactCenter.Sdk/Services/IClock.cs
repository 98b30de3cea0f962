namespace ContactCenter.Sdk.Services;

/// <summary>
/// The platform's clock. Use it instead of the system clock and raw timers: tests replace it with
/// a fake clock, and the kernel disposes the timers a plugin created when the plugin unloads.
/// </summary>
public interface IClock
{
    /// <summary>The current time, in UTC.</summary>
    DateTimeOffset UtcNow { get; }

    /// <summary>Creates a timer on this clock.</summary>
    /// <param name="callback">What to run; exceptions are logged and the timer keeps running.</param>
    /// <param name="state">State passed to <paramref name="callback"/>.</param>
    /// <param name="dueTime">Delay before the first run; <see cref="Timeout.InfiniteTimeSpan"/> to create it stopped.</param>
    /// <param name="period">Interval between runs; <see cref="Timeout.InfiniteTimeSpan"/> to run once.</param>
    /// <returns>The timer; dispose it when done.</returns>
    ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period);

    /// <summary>Waits for <paramref name="delay"/> on this clock.</summary>
    /// <param name="delay">How long.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes after the delay.</returns>
    Task Delay(TimeSpan delay, CancellationToken cancellationToken = default);
}
