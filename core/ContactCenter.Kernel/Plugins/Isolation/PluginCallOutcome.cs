namespace ContactCenter.Kernel.Plugins.Isolation;

/// <summary>How a call into plugin code ended.</summary>
internal enum PluginCallOutcome
{
    /// <summary>It returned.</summary>
    Succeeded,

    /// <summary>It threw.</summary>
    Failed,

    /// <summary>It did not complete within its budget and was abandoned.</summary>
    TimedOut,

    /// <summary>The caller or the unload cancelled it: not the plugin's fault.</summary>
    Cancelled,
}
