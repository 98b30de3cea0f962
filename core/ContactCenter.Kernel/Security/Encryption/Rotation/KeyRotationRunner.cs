using ContactCenter.Kernel.Security.Encryption.Keys;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Security.Encryption.Rotation;

/// <summary>
/// Data key rotation with re-encryption, shared by <c>POST /api/v1/keys/rotate</c> (in the background) and
/// <c>cc keys rotate</c> (offline, in the foreground): claims the single rotation document, creates the new data key
/// (<see cref="IKeyManager.RotateDataKeyAsync"/>), then re-encrypts every kernel collection that holds encrypted values
/// (<see cref="ReEncryptionPass"/>). Starting while one runs returns the running one (idempotent); a host stopped
/// mid-way resumes it on start (<see cref="KeyRotationResumer"/>). Old data keys stay in the ring, so reads never fail.
/// </summary>
internal sealed partial class KeyRotationRunner(
    IDocumentStore store, IKeyManager keys, ReEncryptionPass pass, IEnumerable<IReEncryptionTarget> targets, KeyRingEvents events, KernelTime time,
    ILogger<KeyRotationRunner> logger)
    : IKeyRotation, IAsyncDisposable
{
    public const string DocumentId = "current";
    private readonly KernelRepository<KeyRotationProgress> _progress = new(store, KernelCollections.KeyRotation);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private Task _background = Task.CompletedTask;

    public async ValueTask<KeyRotationProgress?> GetAsync(CancellationToken cancellationToken = default) =>
        (await _progress.GetAsync(DocumentId, cancellationToken).ConfigureAwait(false))?.Value;

    public async ValueTask<KeyRotationStart> StartAsync(CancellationToken cancellationToken = default)
    {
        var (claimed, started) = await ClaimAsync(cancellationToken).ConfigureAwait(false);
        if (started)
        {
            RunInBackground(claimed);
        }

        return new KeyRotationStart(claimed.Value, started);
    }

    public async ValueTask<KeyRotationProgress> RunAsync(IProgress<KeyRotationProgress>? progress, CancellationToken cancellationToken = default)
    {
        var (claimed, _) = await ClaimAsync(cancellationToken).ConfigureAwait(false);
        return await pass.RunAsync(claimed, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Resumes a rotation a stopped host left running.</summary>
    public async ValueTask ResumeAsync(CancellationToken cancellationToken)
    {
        if (await _progress.GetAsync(DocumentId, cancellationToken).ConfigureAwait(false) is { Value.State: KeyRotationState.Running } running)
        {
            LogResuming(running.Value.RotationId, running.Value.Scanned);
            RunInBackground(running);
        }
    }

    /// <summary>Stops the background re-encryption; the progress saved so far is where the next start resumes.</summary>
    public async Task StopAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }

        await _background.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async ValueTask<(Versioned<KeyRotationProgress> Claimed, bool Started)> ClaimAsync(CancellationToken cancellationToken)
    {
        var existing = await _progress.GetAsync(DocumentId, cancellationToken).ConfigureAwait(false);
        if (existing is { Value.State: KeyRotationState.Running })
        {
            return (existing, false);
        }

        var now = time.GetUtcNow();
        var fresh = new KeyRotationProgress
        {
            RotationId = Guid.CreateVersion7(now).ToString("N"), DataKeyId = string.Empty, State = KeyRotationState.Running, StartedAt = now,
            Collections = targets.Select(t => new KeyRotationCollectionProgress(t.Collection, 0, 0, 0, 0, false, null)).ToArray(),
        };
        Versioned<KeyRotationProgress> claimed;
        try
        {
            // Guarded by version: of two starts at once, one claims and the other gets the running rotation.
            claimed = existing is null
                ? await _progress.InsertAsync(DocumentId, fresh, cancellationToken).ConfigureAwait(false)
                : await _progress.ReplaceAsync(DocumentId, fresh, existing.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            return (await _progress.GetAsync(DocumentId, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("The key rotation document vanished."), false);
        }

        KeyRingStatus status;
        try
        {
            status = await keys.RotateDataKeyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ContactCenterException or KeyRingUnavailableException or OperationCanceledException)
        {
            // The new key was not created: free the rotation document so that a later start can try again.
            var failed = fresh with { State = KeyRotationState.Failed, FinishedAt = time.GetUtcNow(), Error = ex.Message };
            await _progress.ReplaceAsync(DocumentId, failed, claimed.Version, CancellationToken.None).ConfigureAwait(false);
            await events.RotationFailedAsync(fresh.RotationId, string.Empty, ex.Message).ConfigureAwait(false);
            throw;
        }

        LogStarted(fresh.RotationId, status.CurrentDataKeyId);
        return (await _progress.ReplaceAsync(DocumentId, fresh with { DataKeyId = status.CurrentDataKeyId }, claimed.Version, cancellationToken).ConfigureAwait(false), true);
    }

    private void RunInBackground(Versioned<KeyRotationProgress> claimed)
    {
        lock (_gate)
        {
            var previous = _background;
            _background = Task.Run(async () =>
            {
                await previous.ConfigureAwait(false);
                await RunGuardedAsync(claimed).ConfigureAwait(false);
            });
        }
    }

    private async Task RunGuardedAsync(Versioned<KeyRotationProgress> claimed)
    {
        try
        {
            await pass.RunAsync(claimed, null, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The host is stopping: the saved progress is where the next start resumes.
        }
        catch (ConcurrencyConflictException)
        {
            // Another runner saved progress after this one: it owns the rotation now.
            LogTakenOver(claimed.Value.RotationId);
        }
        catch (Exception ex)
        {
            // Background work with no caller to report to: record the failure where GET /api/v1/keys shows it.
            LogFailed(ex, claimed.Value.RotationId);
            await MarkFailedAsync(ex.Message).ConfigureAwait(false);
        }
    }

    private async Task MarkFailedAsync(string reason)
    {
        try
        {
            if (await _progress.GetAsync(DocumentId, CancellationToken.None).ConfigureAwait(false) is { Value.State: KeyRotationState.Running } running)
            {
                var failed = running.Value with { State = KeyRotationState.Failed, FinishedAt = time.GetUtcNow(), Error = reason };
                await _progress.ReplaceAsync(DocumentId, failed, running.Version, CancellationToken.None).ConfigureAwait(false);
                await events.RotationFailedAsync(running.Value.RotationId, running.Value.DataKeyId, reason).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is ContactCenterException or IOException or InvalidOperationException)
        {
            // The store is failing too: the rotation stays Running and resumes at the next start.
            LogFailed(ex, DocumentId);
        }
    }

    [LoggerMessage(EventId = 4125, Level = LogLevel.Error, Message = "Key rotation {RotationId} failed")]
    private partial void LogFailed(Exception error, string rotationId);

    [LoggerMessage(EventId = 4126, Level = LogLevel.Information, Message = "Key rotation {RotationId} was taken over by another runner")]
    private partial void LogTakenOver(string rotationId);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Information, Message = "Key rotation {RotationId} started: new data key {DataKeyId}, re-encrypting stored data")]
    private partial void LogStarted(string rotationId, string dataKeyId);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Information, Message = "Resuming key rotation {RotationId} after {Scanned} documents")]
    private partial void LogResuming(string rotationId, long scanned);
}
