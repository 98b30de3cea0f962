namespace ContactCenter.Kernel.Plugins.Services;

/// <summary>
/// What a plugin version holds in the kernel (event subscriptions, timers): handlers and callbacks that point into
/// plugin code and would keep its load context alive. All of it is disposed when the version unloads.
/// </summary>
internal sealed class PluginResources
{
    private readonly Lock _gate = new();
    private HashSet<IDisposable>? _items = [];

    /// <summary>How many resources are live.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items?.Count ?? 0;
            }
        }
    }

    /// <summary>Tracks <paramref name="resource"/>; if the version already unloaded, disposes it at once.</summary>
    /// <returns>A handle that stops tracking and disposes the resource.</returns>
    public IDisposable Track(IDisposable resource)
    {
        lock (_gate)
        {
            if (_items is not null)
            {
                _items.Add(resource);
                return new Handle(this, resource);
            }
        }

        resource.Dispose();
        throw new ObjectDisposedException("plugin", "The plugin is unloading; it cannot subscribe or start timers any more.");
    }

    /// <summary>Stops tracking <paramref name="resource"/> (the plugin disposed it itself).</summary>
    public void Untrack(IDisposable resource)
    {
        lock (_gate)
        {
            _items?.Remove(resource);
        }
    }

    /// <summary>Disposes every live resource and refuses new ones.</summary>
    /// <returns>How many were still live.</returns>
    public int DisposeAll()
    {
        IDisposable[] live;
        lock (_gate)
        {
            live = _items?.ToArray() ?? [];
            _items = null;
        }

        foreach (var resource in live)
        {
            resource.Dispose();
        }

        return live.Length;
    }

    private sealed class Handle(PluginResources owner, IDisposable resource) : IDisposable
    {
        public void Dispose()
        {
            owner.Untrack(resource);
            resource.Dispose();
        }
    }
}
