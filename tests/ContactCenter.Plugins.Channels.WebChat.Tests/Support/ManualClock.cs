using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Support;

/// <summary>An <see cref="IClock"/> over a fake time provider, moved by the test.</summary>
internal sealed class ManualClock : IClock
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));

    public DateTimeOffset UtcNow => _time.GetUtcNow();

    public void Advance(TimeSpan by) => _time.Advance(by);

    public ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => _time.CreateTimer(callback, state, dueTime, period);

    public Task Delay(TimeSpan delay, CancellationToken cancellationToken = default) => Task.Delay(delay, _time, cancellationToken);
}
