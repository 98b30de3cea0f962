using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Samples.EchoChannel;

/// <summary>Healthy when the plugin's store answers.</summary>
internal sealed class EchoHealthCheck(MessageLog log) : IPluginHealthCheck
{
    public async ValueTask<PluginHealth> CheckAsync(CancellationToken cancellationToken)
    {
        await log.PingAsync(cancellationToken).ConfigureAwait(false);
        return PluginHealth.Healthy;
    }
}
