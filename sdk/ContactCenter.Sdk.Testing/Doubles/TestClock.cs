using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Sdk.Testing.Doubles;

/// <summary>
/// The platform clock under the test's control: time stands still until the test advances it, and the plugin's timers
/// and <see cref="IClock.Delay"/> calls fire only then. The kernel's own watchdogs (call budgets, drains, unload checks)
/// stay on wall-clock time, so a frozen clock never stalls them.
/// </summary>
public sealed class TestClock : IClock
{
    private readonly KernelClock _clock;

    /// <summary>Creates a clock that starts at <see cref="DefaultStart"/>.</summary>
    public TestClock()
        : this(DefaultStart)
    {
    }

    /// <summary>Creates a clock that starts at <paramref name="start"/>.</summary>
    /// <param name="start">The first instant the clock shows.</param>
    public TestClock(DateTimeOffset start)
    {
        TimeProvider = new FakeTimeProvider(start);
        _clock = new KernelClock(TimeProvider);
    }

    /// <summary>Where a clock starts by default: a Monday morning, UTC, so that tests are repeatable.</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2030, 1, 7, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The fake time provider underneath, for code that takes a <see cref="System.TimeProvider"/>.</summary>
    public FakeTimeProvider TimeProvider { get; }

    /// <inheritdoc />
    public DateTimeOffset UtcNow => TimeProvider.GetUtcNow();

    /// <summary>Moves time forward, firing every timer and delay that falls due.</summary>
    /// <param name="delta">How far; not negative.</param>
    public void Advance(TimeSpan delta) => TimeProvider.Advance(delta);

    /// <summary>Sets the current time, firing every timer and delay that falls due; time never goes backwards.</summary>
    /// <param name="value">The new current time.</param>
    public void SetUtcNow(DateTimeOffset value) => TimeProvider.SetUtcNow(value);

    /// <inheritdoc />
    public ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _clock.CreateTimer(callback, state, dueTime, period);

    /// <inheritdoc />
    public Task Delay(TimeSpan delay, CancellationToken cancellationToken = default) => _clock.Delay(delay, cancellationToken);
}
