using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ContactCenter.Kernel.Identity.OAuth.Entities;
using ContactCenter.Kernel.Storage;
using OpenIddict.Abstractions;

namespace ContactCenter.Kernel.Identity.OAuth.Stores;

/// <summary>OpenIddict's scope store on the document store (see <see cref="OAuthDocumentStore{TEntity}"/>).</summary>
internal sealed class OAuthScopeStore(IDocumentStore store)
    : OAuthDocumentStore<OAuthScope>(store, KernelCollections.OAuthScopes), IOpenIddictScopeStore<OAuthScope>
{
    public async ValueTask<OAuthScope?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return await FirstWhereAsync("name", name, cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<OAuthScope> FindByNamesAsync(ImmutableArray<string> names, CancellationToken cancellationToken) =>
        Stream(AllAsync(cancellationToken), s => s.Name is { } name && names.Contains(name, StringComparer.Ordinal));

    public IAsyncEnumerable<OAuthScope> FindByResourceAsync(string resource, CancellationToken cancellationToken) =>
        Stream(AllAsync(cancellationToken), s => s.Resources.Contains(resource, StringComparer.Ordinal));

    public ValueTask<string?> GetDescriptionAsync(OAuthScope scope, CancellationToken cancellationToken) => new(scope.Description);

    public ValueTask<ImmutableDictionary<CultureInfo, string>> GetDescriptionsAsync(OAuthScope scope, CancellationToken cancellationToken) =>
        new(OAuthValues.Cultures(scope.Descriptions));

    public ValueTask<string?> GetDisplayNameAsync(OAuthScope scope, CancellationToken cancellationToken) => new(scope.DisplayName);

    public ValueTask<ImmutableDictionary<CultureInfo, string>> GetDisplayNamesAsync(OAuthScope scope, CancellationToken cancellationToken) =>
        new(OAuthValues.Cultures(scope.DisplayNames));

    public ValueTask<string?> GetIdAsync(OAuthScope scope, CancellationToken cancellationToken) => new(scope.Id);

    public ValueTask<string?> GetNameAsync(OAuthScope scope, CancellationToken cancellationToken) => new(scope.Name);

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OAuthScope scope, CancellationToken cancellationToken) =>
        new(OAuthValues.Properties(scope.Properties));

    public ValueTask<ImmutableArray<string>> GetResourcesAsync(OAuthScope scope, CancellationToken cancellationToken) =>
        new(OAuthValues.Array(scope.Resources));

    public ValueTask SetDescriptionAsync(OAuthScope scope, string? description, CancellationToken cancellationToken) =>
        Set(() => scope.Description = description);

    public ValueTask SetDescriptionsAsync(OAuthScope scope, ImmutableDictionary<CultureInfo, string> descriptions, CancellationToken cancellationToken) =>
        Set(() => scope.Descriptions = OAuthValues.Cultures(descriptions));

    public ValueTask SetDisplayNameAsync(OAuthScope scope, string? name, CancellationToken cancellationToken) =>
        Set(() => scope.DisplayName = name);

    public ValueTask SetDisplayNamesAsync(OAuthScope scope, ImmutableDictionary<CultureInfo, string> names, CancellationToken cancellationToken) =>
        Set(() => scope.DisplayNames = OAuthValues.Cultures(names));

    public ValueTask SetNameAsync(OAuthScope scope, string? name, CancellationToken cancellationToken) =>
        Set(() => scope.Name = name);

    public ValueTask SetPropertiesAsync(OAuthScope scope, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken) =>
        Set(() => scope.Properties = OAuthValues.Properties(properties));

    public ValueTask SetResourcesAsync(OAuthScope scope, ImmutableArray<string> resources, CancellationToken cancellationToken) =>
        Set(() => scope.Resources = OAuthValues.List(resources));
}
