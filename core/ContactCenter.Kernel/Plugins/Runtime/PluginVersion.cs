using ContactCenter.Kernel.Plugins.Isolation;
using ContactCenter.Kernel.Plugins.Loading;
using ContactCenter.Kernel.Plugins.Manifest;
using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>
/// One loaded (or lingering) version of a plugin: its state, the leases of calls running in it, its circuit breaker,
/// and — while loaded — the <see cref="PluginInstance"/> that references plugin code. After unload only metadata and
/// a weak reference to the load context remain, so a lingering <c>UnloadFailed</c> entry pins nothing itself.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The token sources have no timer to release, and their tokens are read for as long as the version is listed.")]
internal sealed class PluginVersion
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _sessions = new();
    private readonly Lock _gate = new();
    private int _state = (int)PluginState.Loading;
    private int _leases;
    private string? _reason;

    public PluginVersion(PluginManifest manifest, string directory, int breakerThreshold)
    {
        Manifest = manifest;
        Directory = directory;
        Breaker = new CircuitBreaker(breakerThreshold);
    }

    public PluginManifest Manifest { get; }

    public string PluginId => Manifest.Id;

    public string Version => Manifest.VersionText;

    /// <summary>The installed folder of this version.</summary>
    public string Directory { get; }

    public CircuitBreaker Breaker { get; }

    public PluginState State => (PluginState)Volatile.Read(ref _state);

    public string? Reason
    {
        get
        {
            lock (_gate)
            {
                return _reason;
            }
        }
    }

    /// <summary>Calls currently holding a lease on this version.</summary>
    public int InFlight => Volatile.Read(ref _leases);

    /// <summary>Cancelled when the version is stopped, after its drain: calls still running and clock delays end.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Cancelled when the version starts draining: sessions that never drain by themselves (WebSockets) end.</summary>
    public CancellationToken Sessions => _sessions.Token;

    /// <summary>What references plugin code; <see langword="null"/> once unloaded.</summary>
    public PluginInstance? Instance { get; set; }

    /// <summary>The load context while loaded; <see langword="null"/> once unloaded.</summary>
    public IPluginLoadContext? Context { get; set; }

    /// <summary>A weak reference to the load context, to verify it was collected.</summary>
    public WeakReference? LoadContextReference { get; set; }

    /// <summary>Takes a lease for new work; fails unless the version is active.</summary>
    /// <remarks>Counts first and checks after, so a drain that saw zero leases after leaving Active never misses one.</remarks>
    public bool TryAcquire(out PluginLease lease)
    {
        Interlocked.Increment(ref _leases);
        if (State == PluginState.Active)
        {
            lease = new PluginLease(this);
            return true;
        }

        Interlocked.Decrement(ref _leases);
        lease = default;
        return false;
    }

    public void Release() => Interlocked.Decrement(ref _leases);

    /// <summary>Moves from <paramref name="from"/> to <paramref name="to"/> if still in <paramref name="from"/>.</summary>
    public bool TryTransition(PluginState from, PluginState to, string? reason)
    {
        lock (_gate)
        {
            if (State != from)
            {
                return false;
            }

            SetStateLocked(to, reason);
            return true;
        }
    }

    public void SetState(PluginState to, string? reason)
    {
        lock (_gate)
        {
            SetStateLocked(to, reason);
        }
    }

    /// <summary>Ends the version's long sessions (WebSockets); ordinary calls keep running to drain.</summary>
    public void EndSessions() => Cancel(_sessions);

    /// <summary>Cancels everything still running in the version: sessions, calls that outlived the drain, delays.</summary>
    public void Stop()
    {
        Cancel(_sessions);
        Cancel(_stopping);
    }

    private static void Cancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (AggregateException)
        {
            // A plugin callback registered on the token threw; the token is cancelled regardless.
        }
    }

    public PluginVersionInfo ToInfo() => new(Version, State, Reason, InFlight);

    private void SetStateLocked(PluginState to, string? reason)
    {
        Volatile.Write(ref _state, (int)to);
        _reason = reason;
    }
}
