using ContactCenter.Kernel.Plugins.Runtime;

namespace ContactCenter.Kernel.Plugins.Exports;

/// <summary>An exporter's version and service, held for one call; disposing releases the version.</summary>
internal readonly record struct ExportLease<T>(PluginVersion Version, T Service, PluginLease Lease) : IDisposable
{
    public void Dispose() => Lease.Dispose();
}
