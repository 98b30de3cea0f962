namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>
/// Told of every directory save and delete once it is stored, before the caller is answered: the audit log records it,
/// routing re-evaluates waiting work at once when an agent's skills or a queue's rules change, and the host's hub
/// fan-out drops its cached team roster.
/// </summary>
public interface IDirectoryChangeObserver
{
    /// <summary>Called once per committed change, in the caller's flow.</summary>
    /// <param name="change">What changed.</param>
    /// <param name="cancellationToken">The caller's cancellation.</param>
    /// <returns>A task that completes when the observer has handled it.</returns>
    ValueTask ChangedAsync(DirectoryChange change, CancellationToken cancellationToken);
}
