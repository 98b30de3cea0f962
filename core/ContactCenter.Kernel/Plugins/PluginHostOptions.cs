namespace ContactCenter.Kernel.Plugins;

/// <summary>
/// Configuration section <c>CC:Plugins</c> (environment: <c>CC__Plugins__…</c>): where plugins live and how the
/// host isolates them. Validated at start-up; a bad value stops start-up with a message naming the key.
/// </summary>
/// <remarks>
/// Serialization guidance for plugin authors (proved by the plugin host's tests): serialize your own types only with
/// the <see cref="System.Text.Json.JsonSerializerOptions"/> the kernel gives your plugin (resolve it from your
/// services). Options you create yourself are fine too. Never pass your types through options the host or another
/// plugin owns; calling <c>JsonSerializer.Serialize(value)</c> without options uses the process-wide default options,
/// whose caches are rooted by the host (see <see cref="Sdk.Plugins.PluginStartupContext"/> for what the tests found).
/// </remarks>
public sealed class PluginHostOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Plugins";

    /// <summary>The plugins folder: <c>{id}/{version}/</c> per installed version. Default <c>{CC:Storage:DataDirectory}/plugins</c>.</summary>
    public string? Directory { get; set; }

    /// <summary>
    /// The folder of plugin packages shipped with the host (<c>*.zip</c>): at start-up each one not installed is
    /// installed and an installed older version upgraded; a disabled plugin, or one installed at the same or a newer
    /// version, is left alone. Default <c>bundled-plugins</c> beside the host's assemblies; a missing folder installs nothing.
    /// </summary>
    public string? BundledDirectory { get; set; }

    /// <summary>
    /// Whether the permissions bundled plugins request are approved automatically at start-up (default
    /// <see langword="true"/>), audited as approved by <c>system</c>. A permission an administrator revoked is never
    /// approved again automatically. Plugins installed by upload are never approved automatically.
    /// </summary>
    public bool AutoApproveBundled { get; set; } = true;

    /// <summary>
    /// Whether plugins are loaded and run (default). Tools that manage an installation while no host runs (the
    /// <c>cc</c> CLI offline) set it to <see langword="false"/>: operations then change only the registry and the plugins
    /// folder, after the same manifest and package checks, and enabled plugins load when the host next starts.
    /// </summary>
    public bool LoadAssemblies { get; set; } = true;

    /// <summary>Time budget of one call into plugin code (startup, health check, channel, routing, event handler). Default 5 s.</summary>
    public TimeSpan CallBudget { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Time budget of one plugin HTTP request (WebSocket sessions excepted). Default 30 s.</summary>
    public TimeSpan HttpBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a version being replaced or disabled may take to finish in-flight work. Default 30 s.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many garbage collections to try before declaring an unloaded version <c>UnloadFailed</c>. Default 12, which
    /// with the default delay gives a collectible context about 9.5 s to go (a loaded machine needs seconds, not
    /// milliseconds, to finalise an unloading context).
    /// </summary>
    public int UnloadVerificationAttempts { get; set; } = 12;

    /// <summary>
    /// Pause after the first unload verification attempt; each later pause doubles, up to one second. Default 100 ms.
    /// </summary>
    public TimeSpan UnloadVerificationDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Consecutive failed or overrunning calls after which a plugin is marked <c>Faulted</c>. Default 5.</summary>
    public int BreakerFailureThreshold { get; set; } = 5;

    /// <summary>The largest uncompressed size of a plugin package, in bytes. Default 100 MiB.</summary>
    public long MaxPackageBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>The most entries a plugin package may have. Default 10,000.</summary>
    public int MaxPackageEntries { get; set; } = 10_000;

    /// <summary>How often each enabled plugin's liveness is reported to the SLA heartbeat. Default 15 s.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Seconds a client is told to wait (<c>Retry-After</c>) when a plugin is faulted or still loading. Default 30.</summary>
    public int RetryAfterSeconds { get; set; } = 30;
}
