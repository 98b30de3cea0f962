using ContactCenter.Cli.Plugins;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Cli.Offline;

/// <summary>Plugin operations on the data directory through the kernel's <see cref="IPluginManager"/>, while no host runs.</summary>
internal sealed class OfflinePluginOperations(IPluginManager manager, IPluginPermissionApprovals approvals, IAsyncDisposable owner) : IPluginOperations
{
    public string Where => "offline";

    public Task<IReadOnlyList<PluginSummary>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PluginSummary>>(manager.List().Select(Summary).ToArray());

    public async Task<PluginSummary> InstallAsync(PackageSource source, CancellationToken cancellationToken)
    {
        if (source.IsDirectory)
        {
            return Summary(await Guard(manager.InstallFromDirectoryAsync(source.Path, cancellationToken)).ConfigureAwait(false));
        }

        using var package = await source.ReadAsync(cancellationToken).ConfigureAwait(false);
        return Summary(await Guard(manager.InstallAsync(package, cancellationToken)).ConfigureAwait(false));
    }

    public async Task<PluginSummary> EnableAsync(string pluginId, CancellationToken cancellationToken) =>
        Summary(await Guard(manager.EnableAsync(Known(pluginId), cancellationToken)).ConfigureAwait(false));

    public async Task<PluginSummary> DisableAsync(string pluginId, CancellationToken cancellationToken) =>
        Summary(await Guard(manager.DisableAsync(Known(pluginId), cancellationToken)).ConfigureAwait(false));

    public async Task<PluginSummary> UpgradeAsync(PackageSource source, CancellationToken cancellationToken)
    {
        using var package = await source.ReadAsync(cancellationToken).ConfigureAwait(false);
        Known(PackageSource.ReadId(package, source.Path));
        return Summary(await Guard(manager.UpgradeAsync(package, cancellationToken)).ConfigureAwait(false));
    }

    public async Task UninstallAsync(string pluginId, CancellationToken cancellationToken) =>
        await Guard(manager.UninstallAsync(Known(pluginId), cancellationToken)).ConfigureAwait(false);

    public async Task<PluginPermissionsSummary> GetPermissionsAsync(string pluginId, CancellationToken cancellationToken) =>
        Summary(await approvals.GetAsync(Known(pluginId), cancellationToken).ConfigureAwait(false));

    public async Task<PluginPermissionsSummary> ApprovePermissionsAsync(string pluginId, IReadOnlyList<string> permissions, CancellationToken cancellationToken)
    {
        AuditActor.Set("cli:" + Environment.UserName, null);
        return Summary(await Refused(approvals.ApproveAsync(Known(pluginId), permissions, cancellationToken)).ConfigureAwait(false));
    }

    public async Task<PluginPermissionsSummary> RevokePermissionsAsync(string pluginId, IReadOnlyList<string> permissions, CancellationToken cancellationToken)
    {
        AuditActor.Set("cli:" + Environment.UserName, null);
        return Summary(await Refused(approvals.RevokeAsync(Known(pluginId), permissions, cancellationToken)).ConfigureAwait(false));
    }

    public ValueTask DisposeAsync() => owner.DisposeAsync();

    private static async ValueTask<T> Refused<T>(ValueTask<T> operation)
    {
        try
        {
            return await operation.ConfigureAwait(false);
        }
        catch (InvalidRequestException ex)
        {
            throw new CliException(ex.Message, ExitCodes.Refused, ex);
        }
    }

    private static PluginPermissionsSummary Summary(PluginPermissionsView view) =>
        new(view.PluginId, view.Version, view.Requested, view.Approved, view.Pending, view.Revoked, view.ChangedBy);

    private string Known(string pluginId) =>
        manager.Get(pluginId) is null ? throw new CliException($"No plugin with id '{pluginId}'.", ExitCodes.Refused) : pluginId;

    private static async ValueTask<T> Guard<T>(ValueTask<T> operation)
    {
        try
        {
            return await operation.ConfigureAwait(false);
        }
        catch (PluginOperationException ex)
        {
            throw new CliException($"{ex.Message} ({ex.ErrorCode})", ExitCodes.Refused, ex);
        }
    }

    private static async ValueTask Guard(ValueTask operation)
    {
        try
        {
            await operation.ConfigureAwait(false);
        }
        catch (PluginOperationException ex)
        {
            throw new CliException($"{ex.Message} ({ex.ErrorCode})", ExitCodes.Refused, ex);
        }
    }

    private static PluginSummary Summary(PluginInfo plugin) =>
        new(plugin.Id, plugin.Name, plugin.Version, plugin.Enabled, plugin.State.ToString(), plugin.StateReason);
}
