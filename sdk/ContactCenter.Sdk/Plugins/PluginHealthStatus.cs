namespace ContactCenter.Sdk.Plugins;

/// <summary>How well a plugin can do its work.</summary>
public enum PluginHealthStatus
{
    /// <summary>Cannot do its work.</summary>
    Unhealthy = 0,

    /// <summary>Works with reduced function (e.g. retrying an upstream).</summary>
    Degraded = 1,

    /// <summary>Works.</summary>
    Healthy = 2,
}
