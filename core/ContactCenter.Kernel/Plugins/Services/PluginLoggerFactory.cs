using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Services;

/// <summary>The host's logger factory as a plugin sees it: it can create loggers, not add providers or dispose the host's.</summary>
internal sealed class PluginLoggerFactory(ILoggerFactory host) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => host.CreateLogger(categoryName);

    public void AddProvider(ILoggerProvider provider) =>
        throw new NotSupportedException("A plugin cannot add logging providers; the host configures logging.");

    public void Dispose()
    {
        // The factory belongs to the host.
    }
}
