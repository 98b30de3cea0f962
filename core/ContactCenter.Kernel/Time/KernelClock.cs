using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Time;

/// <summary>The <see cref="IClock"/> over the host's <see cref="TimeProvider"/> (a fake one in tests).</summary>
internal sealed class KernelClock(TimeProvider time) : IClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();

    public ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        time.CreateTimer(callback, state, dueTime, period);

    public Task Delay(TimeSpan delay, CancellationToken cancellationToken = default) =>
        Task.Delay(delay, time, cancellationToken);
}
