namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>A call's hold on a plugin version: a drain waits until every lease is released.</summary>
internal readonly struct PluginLease : IDisposable
{
    private readonly PluginVersion? _version;

    public PluginLease(PluginVersion version)
    {
        _version = version;
    }

    public void Dispose() => _version?.Release();
}
