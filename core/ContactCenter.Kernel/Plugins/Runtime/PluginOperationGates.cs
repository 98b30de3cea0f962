using System.Collections.Concurrent;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>One gate per plugin id: operations on one plugin run one at a time; different plugins proceed in parallel.</summary>
internal sealed class PluginOperationGates
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the plugin's gate.</summary>
    /// <returns>A handle that releases the gate.</returns>
    public async Task<IDisposable> EnterAsync(string pluginId, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(pluginId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
