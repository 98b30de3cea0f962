using System.Collections.Concurrent;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Plugins.Approvals;

/// <summary>
/// The approvals in <c>k.plugin-permissions</c>, cached in memory: every plugin call reads the cache, and every change
/// writes the store first, then the cache, so a revocation is seen by the very next call. Changes are serialised on
/// this node; observers (the audit log) hear of each one.
/// </summary>
internal sealed class PluginPermissionApprovals(IDocumentStore store, PluginCatalog catalog, IEnumerable<IPluginPermissionObserver> observers, IClock clock)
    : IPluginPermissionApprovals, IDisposable
{
    private readonly KernelRepository<PluginApproval> _repository = new(store, KernelCollections.PluginPermissions);
    private readonly ConcurrentDictionary<string, PluginApproval> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writes = new(1, 1);
    private volatile bool _loaded;

    /// <summary>The plugin's approval, or <see langword="null"/> when nothing was ever approved.</summary>
    public async ValueTask<PluginApproval?> FindAsync(string pluginId, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return _cache.GetValueOrDefault(pluginId);
    }

    /// <summary>The cached approval without waiting for the store (listing plugins); empty before the first load.</summary>
    public PluginApproval? Peek(string pluginId) => _cache.GetValueOrDefault(pluginId);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        await _writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_loaded)
            {
                foreach (var approval in await _repository.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    _cache[approval.Value.PluginId] = approval.Value;
                }

                _loaded = true;
            }
        }
        finally
        {
            _writes.Release();
        }
    }

    public async ValueTask<PluginPermissionsView> GetAsync(string pluginId, CancellationToken cancellationToken = default)
    {
        var runtime = Installed(pluginId);
        return PluginPermissionViews.Create(runtime, await FindAsync(pluginId, cancellationToken).ConfigureAwait(false));
    }

    public async ValueTask<PluginPermissionsView> ApproveAsync(string pluginId, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default)
    {
        var runtime = Installed(pluginId);
        var names = PluginPermissionNames.Validate(permissions, runtime.Manifest?.Permissions ?? [], pluginId);
        var after = await WriteAsync(pluginId, names, "approved", AuditActor.Current ?? "system", cancellationToken).ConfigureAwait(false);
        return PluginPermissionViews.Create(runtime, after);
    }

    public async ValueTask<PluginPermissionsView> RevokeAsync(string pluginId, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default)
    {
        var runtime = Installed(pluginId);
        var names = PluginPermissionNames.Validate(permissions, requested: null, pluginId);
        var after = await WriteAsync(pluginId, names, "revoked", AuditActor.Current ?? "system", cancellationToken).ConfigureAwait(false);
        return PluginPermissionViews.Create(runtime, after);
    }

    /// <summary>
    /// Approves, as the system, what a bundled plugin requests that is neither approved yet nor revoked by an
    /// administrator (an administrator's revocation is never overruled). The plugin need not be installed yet.
    /// </summary>
    public async ValueTask AutoApproveAsync(string pluginId, IReadOnlyList<string> requested, CancellationToken cancellationToken)
    {
        var current = await FindAsync(pluginId, cancellationToken).ConfigureAwait(false);
        var grant = requested.Where(p => current is null || (!current.Allows(p) && !current.Revoked.Contains(p, StringComparer.Ordinal))).ToList();
        if (grant.Count > 0)
        {
            await WriteAsync(pluginId, grant, "auto-approved", "system", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Forgets an uninstalled plugin's approval: a plugin installed later under the same id starts with nothing.</summary>
    public async ValueTask ForgetAsync(string pluginId, CancellationToken cancellationToken)
    {
        if (await FindAsync(pluginId, cancellationToken).ConfigureAwait(false) is { } current)
        {
            await WriteAsync(pluginId, current.Approved, "forgotten", AuditActor.Current ?? "system", cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _writes.Dispose();

    private async ValueTask<PluginApproval> WriteAsync(string pluginId, IReadOnlyList<string> names, string action, string actor, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        await _writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var before = _cache.GetValueOrDefault(pluginId);
            IEnumerable<string> approved = before?.Approved ?? [];
            IEnumerable<string> revoked = before?.Revoked ?? [];
            (approved, revoked) = action switch
            {
                "revoked" => (approved.Except(names), revoked.Union(names)),
                "forgotten" => ([], []),
                _ => (approved.Union(names), revoked.Except(names)),
            };
            var after = new PluginApproval(pluginId, Sorted(approved), Sorted(revoked), clock.UtcNow, actor);

            // Past this point the change is made: it must reach the store, the cache and the audit log together.
            if (action == "forgotten")
            {
                await _repository.DeleteAsync(pluginId, cancellationToken: CancellationToken.None).ConfigureAwait(false);
                _cache.TryRemove(pluginId, out _);
            }
            else
            {
                await _repository.UpsertAsync(pluginId, after, CancellationToken.None).ConfigureAwait(false);
                _cache[pluginId] = after;
            }

            var change = new PluginPermissionChange(pluginId, action, names, before, after);
            foreach (var observer in observers)
            {
                await observer.ApprovalChangedAsync(change, CancellationToken.None).ConfigureAwait(false);
            }

            return after;
        }
        finally
        {
            _writes.Release();
        }
    }

    private static List<string> Sorted(IEnumerable<string> names) => names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private PluginRuntime Installed(string pluginId) =>
        catalog.Get(pluginId) is { Installed: true } runtime ? runtime : throw new EntityNotFoundException("plugin", pluginId);
}
