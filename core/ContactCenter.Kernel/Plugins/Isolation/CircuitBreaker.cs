namespace ContactCenter.Kernel.Plugins.Isolation;

/// <summary>
/// Counts consecutive failed or overrunning calls into one plugin version. It only trips: a tripped plugin is
/// Faulted and recovers through disable/enable or an upgrade, never by itself (a half-open probe would send real
/// customer work to a plugin known to hang).
/// </summary>
internal sealed class CircuitBreaker(int threshold)
{
    private int _consecutiveFailures;

    public int ConsecutiveFailures => Volatile.Read(ref _consecutiveFailures);

    public void RecordSuccess() => Interlocked.Exchange(ref _consecutiveFailures, 0);

    /// <summary>Counts a failure.</summary>
    /// <returns><see langword="true"/> when the threshold is reached.</returns>
    public bool RecordFailure() => Interlocked.Increment(ref _consecutiveFailures) >= threshold;
}
