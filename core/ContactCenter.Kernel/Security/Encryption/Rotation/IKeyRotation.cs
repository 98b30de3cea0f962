namespace ContactCenter.Kernel.Security.Encryption.Rotation;

/// <summary>
/// Data key rotation with re-encryption of the stored data: a new data key for new writes, then every value the kernel
/// encrypted re-encrypted under it, visited in pages with progress saved after each, so a stopped host resumes it.
/// One rotation runs at a time; old data keys stay in the ring, so reads never fail while it runs.
/// </summary>
public interface IKeyRotation
{
    /// <summary>The rotation running or last run, if any.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Its progress.</returns>
    ValueTask<KeyRotationProgress?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts a rotation and re-encrypts in the background; when one is already running, returns it and starts nothing.</summary>
    /// <param name="cancellationToken">Cancels starting (not the background work).</param>
    /// <returns>The rotation, and whether this call started it.</returns>
    ValueTask<KeyRotationStart> StartAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts a rotation (or continues the one running) and re-encrypts before returning: the offline tool's way.</summary>
    /// <param name="progress">Told after every page.</param>
    /// <param name="cancellationToken">Stops it; the progress saved so far is where it resumes.</param>
    /// <returns>The completed rotation.</returns>
    ValueTask<KeyRotationProgress> RunAsync(IProgress<KeyRotationProgress>? progress, CancellationToken cancellationToken = default);
}

/// <summary>The answer to starting a rotation.</summary>
/// <param name="Rotation">The rotation.</param>
/// <param name="Started">False when one was already running: that one is returned and nothing new was started.</param>
public sealed record KeyRotationStart(KeyRotationProgress Rotation, bool Started);
