using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Plugins.Registry;

/// <summary>The registry of installed plugins: one document per plugin in <see cref="KernelCollections.Plugins"/>.</summary>
internal sealed class PluginRegistry(IDocumentStore store, IClock clock)
{
    private readonly KernelRepository<PluginRegistration> _repository = new(store, KernelCollections.Plugins);

    public async ValueTask<IReadOnlyList<PluginRegistration>> ListAsync(CancellationToken cancellationToken) =>
        (await _repository.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Select(v => v.Value).ToList();

    public async ValueTask<PluginRegistration> AddAsync(string id, string version, bool enabled, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var registration = new PluginRegistration(id, version, enabled, now, now);
        await _repository.InsertAsync(id, registration, cancellationToken).ConfigureAwait(false);
        return registration;
    }

    public async ValueTask<PluginRegistration> UpdateAsync(PluginRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var updated = registration with { UpdatedAt = clock.UtcNow };
        await _repository.UpsertAsync(registration.Id, updated, cancellationToken).ConfigureAwait(false);
        return updated;
    }

    public ValueTask<bool> RemoveAsync(string id, CancellationToken cancellationToken) =>
        _repository.DeleteAsync(id, cancellationToken: cancellationToken);
}
