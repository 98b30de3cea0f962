using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ContactCenter.Kernel.Identity.OAuth.Entities;
using ContactCenter.Kernel.Storage;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;

namespace ContactCenter.Kernel.Identity.OAuth.Stores;

/// <summary>OpenIddict's application store on the document store (see <see cref="OAuthDocumentStore{TEntity}"/>).</summary>
internal sealed class OAuthApplicationStore(IDocumentStore store)
    : OAuthDocumentStore<OAuthApplication>(store, KernelCollections.OAuthApplications), IOpenIddictApplicationStore<OAuthApplication>
{
    public async ValueTask<OAuthApplication?> FindByClientIdAsync(string identifier, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(identifier);
        return await FirstWhereAsync("clientId", identifier, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The id is derived from the client id, so two clients can never hold one id, even created at once on two nodes.</summary>
    protected override string NewId(OAuthApplication entity) =>
        entity.ClientId is { Length: > 0 } clientId ? "client." + clientId : base.NewId(entity);

    public IAsyncEnumerable<OAuthApplication> FindByPostLogoutRedirectUriAsync(string uri, CancellationToken cancellationToken) =>
        Stream(AllAsync(cancellationToken), a => a.PostLogoutRedirectUris.Contains(uri, StringComparer.Ordinal));

    public IAsyncEnumerable<OAuthApplication> FindByRedirectUriAsync(string uri, CancellationToken cancellationToken) =>
        Stream(AllAsync(cancellationToken), a => a.RedirectUris.Contains(uri, StringComparer.Ordinal));

    public ValueTask<string?> GetApplicationTypeAsync(OAuthApplication application, CancellationToken cancellationToken) => new(application.ApplicationType);

    public ValueTask<string?> GetClientIdAsync(OAuthApplication application, CancellationToken cancellationToken) => new(application.ClientId);

    public ValueTask<string?> GetClientSecretAsync(OAuthApplication application, CancellationToken cancellationToken) => new(application.ClientSecret);

    public ValueTask<string?> GetClientTypeAsync(OAuthApplication application, CancellationToken cancellationToken) => new(application.ClientType);

    public ValueTask<string?> GetConsentTypeAsync(OAuthApplication application, CancellationToken cancellationToken) => new(application.ConsentType);

    public ValueTask<string?> GetDisplayNameAsync(OAuthApplication application, CancellationToken cancellationToken) => new(application.DisplayName);

    public ValueTask<ImmutableDictionary<CultureInfo, string>> GetDisplayNamesAsync(OAuthApplication application, CancellationToken cancellationToken) =>
        new(OAuthValues.Cultures(application.DisplayNames));

    public ValueTask<string?> GetIdAsync(OAuthApplication application, CancellationToken cancellationToken) => new(application.Id);

    // Client assertions signed with a client's own keys (private_key_jwt) are not offered: clients authenticate with secrets.
    public ValueTask<JsonWebKeySet?> GetJsonWebKeySetAsync(OAuthApplication application, CancellationToken cancellationToken) => new((JsonWebKeySet?)null);

    public ValueTask<ImmutableArray<string>> GetPermissionsAsync(OAuthApplication application, CancellationToken cancellationToken) =>
        new(OAuthValues.Array(application.Permissions));

    public ValueTask<ImmutableArray<string>> GetPostLogoutRedirectUrisAsync(OAuthApplication application, CancellationToken cancellationToken) =>
        new(OAuthValues.Array(application.PostLogoutRedirectUris));

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OAuthApplication application, CancellationToken cancellationToken) =>
        new(OAuthValues.Properties(application.Properties));

    public ValueTask<ImmutableArray<string>> GetRedirectUrisAsync(OAuthApplication application, CancellationToken cancellationToken) =>
        new(OAuthValues.Array(application.RedirectUris));

    public ValueTask<ImmutableArray<string>> GetRequirementsAsync(OAuthApplication application, CancellationToken cancellationToken) =>
        new(OAuthValues.Array(application.Requirements));

    public ValueTask<ImmutableDictionary<string, string>> GetSettingsAsync(OAuthApplication application, CancellationToken cancellationToken) =>
        new(OAuthValues.Settings(application.Settings));

    public ValueTask SetApplicationTypeAsync(OAuthApplication application, string? type, CancellationToken cancellationToken) =>
        Set(() => application.ApplicationType = type);

    public ValueTask SetClientIdAsync(OAuthApplication application, string? identifier, CancellationToken cancellationToken) =>
        Set(() => application.ClientId = identifier);

    public ValueTask SetClientSecretAsync(OAuthApplication application, string? secret, CancellationToken cancellationToken) =>
        Set(() => application.ClientSecret = secret);

    public ValueTask SetClientTypeAsync(OAuthApplication application, string? type, CancellationToken cancellationToken) =>
        Set(() => application.ClientType = type);

    public ValueTask SetConsentTypeAsync(OAuthApplication application, string? type, CancellationToken cancellationToken) =>
        Set(() => application.ConsentType = type);

    public ValueTask SetDisplayNameAsync(OAuthApplication application, string? name, CancellationToken cancellationToken) =>
        Set(() => application.DisplayName = name);

    public ValueTask SetDisplayNamesAsync(OAuthApplication application, ImmutableDictionary<CultureInfo, string> names, CancellationToken cancellationToken) =>
        Set(() => application.DisplayNames = OAuthValues.Cultures(names));

    public ValueTask SetJsonWebKeySetAsync(OAuthApplication application, JsonWebKeySet? set, CancellationToken cancellationToken) =>
        set is null ? ValueTask.CompletedTask : throw new NotSupportedException("Client key sets (private_key_jwt) are not supported; clients use secrets.");

    public ValueTask SetPermissionsAsync(OAuthApplication application, ImmutableArray<string> permissions, CancellationToken cancellationToken) =>
        Set(() => application.Permissions = OAuthValues.List(permissions));

    public ValueTask SetPostLogoutRedirectUrisAsync(OAuthApplication application, ImmutableArray<string> uris, CancellationToken cancellationToken) =>
        Set(() => application.PostLogoutRedirectUris = OAuthValues.List(uris));

    public ValueTask SetPropertiesAsync(OAuthApplication application, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken) =>
        Set(() => application.Properties = OAuthValues.Properties(properties));

    public ValueTask SetRedirectUrisAsync(OAuthApplication application, ImmutableArray<string> uris, CancellationToken cancellationToken) =>
        Set(() => application.RedirectUris = OAuthValues.List(uris));

    public ValueTask SetRequirementsAsync(OAuthApplication application, ImmutableArray<string> requirements, CancellationToken cancellationToken) =>
        Set(() => application.Requirements = OAuthValues.List(requirements));

    public ValueTask SetSettingsAsync(OAuthApplication application, ImmutableDictionary<string, string> settings, CancellationToken cancellationToken) =>
        Set(() => application.Settings = OAuthValues.Settings(settings));
}
