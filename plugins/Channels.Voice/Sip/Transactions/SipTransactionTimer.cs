namespace ContactCenter.Plugins.Channels.Voice.Sip.Transactions;

/// <summary>
/// One restartable one-shot timer on injected time (so transaction tests run on a fake clock). The callback runs
/// on a timer thread; transactions take their own lock inside it.
/// </summary>
internal sealed class SipTransactionTimer(TimeProvider time, Action callback) : IDisposable
{
    private readonly ITimer _timer = time.CreateTimer(_ => callback(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    public void Start(TimeSpan due) => _timer.Change(due <= TimeSpan.Zero ? TimeSpan.FromTicks(1) : due, Timeout.InfiniteTimeSpan);

    public void Stop() => _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    public void Dispose() => _timer.Dispose();
}
