using System.Net.Http.Headers;
using ContactCenter.Cli.Connection;

namespace ContactCenter.Cli.Plugins;

/// <summary>Plugin operations through the running host's <c>/api/v1/plugins</c>.</summary>
internal sealed class OnlinePluginOperations(HostApiClient api) : IPluginOperations
{
    private const string Root = "/api/v1/plugins";

    public string Where => api.Target.BaseAddress.ToString();

    public Task<IReadOnlyList<PluginSummary>> ListAsync(CancellationToken cancellationToken) =>
        api.SendAsync<IReadOnlyList<PluginSummary>>(HttpMethod.Get, Root, null, cancellationToken);

    public async Task<PluginSummary> InstallAsync(PackageSource source, CancellationToken cancellationToken)
    {
        using var package = await source.ReadAsync(cancellationToken).ConfigureAwait(false);
        return await api.SendAsync<PluginSummary>(HttpMethod.Post, Root, Body(package), cancellationToken).ConfigureAwait(false);
    }

    public Task<PluginSummary> EnableAsync(string pluginId, CancellationToken cancellationToken) =>
        api.SendAsync<PluginSummary>(HttpMethod.Post, $"{Root}/{Uri.EscapeDataString(pluginId)}/enable", null, cancellationToken);

    public Task<PluginSummary> DisableAsync(string pluginId, CancellationToken cancellationToken) =>
        api.SendAsync<PluginSummary>(HttpMethod.Post, $"{Root}/{Uri.EscapeDataString(pluginId)}/disable", null, cancellationToken);

    public async Task<PluginSummary> UpgradeAsync(PackageSource source, CancellationToken cancellationToken)
    {
        using var package = await source.ReadAsync(cancellationToken).ConfigureAwait(false);
        var id = PackageSource.ReadId(package, source.Path);
        return await api.SendAsync<PluginSummary>(HttpMethod.Post, $"{Root}/{Uri.EscapeDataString(id)}/upgrade", Body(package), cancellationToken).ConfigureAwait(false);
    }

    public Task UninstallAsync(string pluginId, CancellationToken cancellationToken) =>
        api.SendAsync(HttpMethod.Delete, $"{Root}/{Uri.EscapeDataString(pluginId)}", cancellationToken);

    public Task<PluginPermissionsSummary> GetPermissionsAsync(string pluginId, CancellationToken cancellationToken) =>
        api.SendAsync<PluginPermissionsSummary>(HttpMethod.Get, $"{Root}/{Uri.EscapeDataString(pluginId)}/permissions", null, cancellationToken);

    public Task<PluginPermissionsSummary> ApprovePermissionsAsync(string pluginId, IReadOnlyList<string> permissions, CancellationToken cancellationToken) =>
        api.SendAsync<PluginPermissionsSummary>(HttpMethod.Post, $"{Root}/{Uri.EscapeDataString(pluginId)}/permissions/approve", Names(permissions), cancellationToken);

    public Task<PluginPermissionsSummary> RevokePermissionsAsync(string pluginId, IReadOnlyList<string> permissions, CancellationToken cancellationToken) =>
        api.SendAsync<PluginPermissionsSummary>(HttpMethod.Post, $"{Root}/{Uri.EscapeDataString(pluginId)}/permissions/revoke", Names(permissions), cancellationToken);

    public ValueTask DisposeAsync()
    {
        api.Dispose();
        return ValueTask.CompletedTask;
    }

    private static StringContent Names(IReadOnlyList<string> permissions) =>
        new(System.Text.Json.JsonSerializer.Serialize(new { permissions }, CliJson.Options), System.Text.Encoding.UTF8, "application/json");

    private static ByteArrayContent Body(MemoryStream package)
    {
        var content = new ByteArrayContent(package.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return content;
    }
}
