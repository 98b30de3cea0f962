namespace ContactCenter.Sdk.Plugins;

/// <summary>The state of one installed plugin version, as the plugin portal and <c>/api/v1/plugins</c> show it.</summary>
public enum PluginState
{
    /// <summary>Installed but not enabled.</summary>
    Disabled = 0,

    /// <summary>Being loaded and started.</summary>
    Loading = 1,

    /// <summary>Loaded, started and receiving new work.</summary>
    Active = 2,

    /// <summary>Replaced by a newer version or being disabled; finishing in-flight work.</summary>
    Draining = 3,

    /// <summary>Isolated after it threw, hung or failed its health checks; receives no work.</summary>
    Faulted = 4,

    /// <summary>Refused before loading: bad manifest, SDK range not supported by this host, or a type load failure.</summary>
    NotSupported = 5,

    /// <summary>Stopped but its load context was not collected: something still holds the plugin's types.</summary>
    UnloadFailed = 6,
}
