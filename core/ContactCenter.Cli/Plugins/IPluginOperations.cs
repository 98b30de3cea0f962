namespace ContactCenter.Cli.Plugins;

/// <summary>Plugin operations, online (the host's API) or offline (the kernel on the data directory).</summary>
internal interface IPluginOperations : IAsyncDisposable
{
    /// <summary>Where the operations go, for messages: the host's address or "offline".</summary>
    string Where { get; }

    Task<IReadOnlyList<PluginSummary>> ListAsync(CancellationToken cancellationToken);

    Task<PluginSummary> InstallAsync(PackageSource source, CancellationToken cancellationToken);

    Task<PluginSummary> EnableAsync(string pluginId, CancellationToken cancellationToken);

    Task<PluginSummary> DisableAsync(string pluginId, CancellationToken cancellationToken);

    Task<PluginSummary> UpgradeAsync(PackageSource source, CancellationToken cancellationToken);

    Task UninstallAsync(string pluginId, CancellationToken cancellationToken);

    Task<PluginPermissionsSummary> GetPermissionsAsync(string pluginId, CancellationToken cancellationToken);

    Task<PluginPermissionsSummary> ApprovePermissionsAsync(string pluginId, IReadOnlyList<string> permissions, CancellationToken cancellationToken);

    Task<PluginPermissionsSummary> RevokePermissionsAsync(string pluginId, IReadOnlyList<string> permissions, CancellationToken cancellationToken);
}
