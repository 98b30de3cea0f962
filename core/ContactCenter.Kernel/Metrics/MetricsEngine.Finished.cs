namespace ContactCenter.Kernel.Metrics;

/// <summary>Forgetting finished interactions once no event can arrive for them any more.</summary>
internal sealed partial class MetricsEngine
{
    private int _finishedSincePrune;

    /// <summary>How many finished interactions are remembered (for tests and diagnostics).</summary>
    internal int FinishedCount
    {
        get
        {
            lock (_gate)
            {
                return _finished.Count;
            }
        }
    }

    // Finished ids are remembered only so that a replay of the event log (the rebuild reads back
    // MetricsOptions.ReplayHorizon) and the same events on the bus do not count twice; past that horizon nothing can arrive for them, and
    // keeping them forever grew the engine without bound. Checked every PruneEvery finishes, so it costs nothing per event.
    private const int PruneEvery = 4096;

    private void PruneFinished(DateTimeOffset now)
    {
        if (++_finishedSincePrune < PruneEvery)
        {
            return;
        }

        _finishedSincePrune = 0;
        var horizon = now - options.ReplayHorizon - TimeSpan.FromHours(1);
        foreach (var id in _finished.Where(f => f.Value.At < horizon).Select(f => f.Key).ToList())
        {
            _finished.Remove(id);
        }
    }
}
