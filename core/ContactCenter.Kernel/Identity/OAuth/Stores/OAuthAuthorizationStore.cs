using System.Collections.Immutable;
using System.Text.Json;
using ContactCenter.Kernel.Identity.OAuth.Entities;
using ContactCenter.Kernel.Storage;
using OpenIddict.Abstractions;

namespace ContactCenter.Kernel.Identity.OAuth.Stores;

/// <summary>OpenIddict's authorization store on the document store (see <see cref="OAuthDocumentStore{TEntity}"/>).</summary>
internal sealed class OAuthAuthorizationStore(IDocumentStore store, OAuthTokenStore tokens)
    : OAuthDocumentStore<OAuthAuthorization>(store, KernelCollections.OAuthAuthorizations), IOpenIddictAuthorizationStore<OAuthAuthorization>
{
    public IAsyncEnumerable<OAuthAuthorization> FindAsync(string? subject, string? client, string? status, string? type,
        ImmutableArray<string>? scopes, CancellationToken cancellationToken) =>
        Stream(subject is null ? AllAsync(cancellationToken) : WhereAsync("subject", subject, cancellationToken),
            a => Matches(a, client, status, type) && (scopes is not { } wanted || wanted.All(s => a.Scopes.Contains(s, StringComparer.Ordinal))));

    public IAsyncEnumerable<OAuthAuthorization> FindByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        Stream(WhereAsync("applicationId", identifier, cancellationToken));

    public IAsyncEnumerable<OAuthAuthorization> FindBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        Stream(WhereAsync("subject", subject, cancellationToken));

    public ValueTask<string?> GetApplicationIdAsync(OAuthAuthorization authorization, CancellationToken cancellationToken) => new(authorization.ApplicationId);

    public ValueTask<DateTimeOffset?> GetCreationDateAsync(OAuthAuthorization authorization, CancellationToken cancellationToken) => new(authorization.CreationDate);

    public ValueTask<string?> GetIdAsync(OAuthAuthorization authorization, CancellationToken cancellationToken) => new(authorization.Id);

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OAuthAuthorization authorization, CancellationToken cancellationToken) =>
        new(OAuthValues.Properties(authorization.Properties));

    public ValueTask<ImmutableArray<string>> GetScopesAsync(OAuthAuthorization authorization, CancellationToken cancellationToken) =>
        new(OAuthValues.Array(authorization.Scopes));

    public ValueTask<string?> GetStatusAsync(OAuthAuthorization authorization, CancellationToken cancellationToken) => new(authorization.Status);

    public ValueTask<string?> GetSubjectAsync(OAuthAuthorization authorization, CancellationToken cancellationToken) => new(authorization.Subject);

    public ValueTask<string?> GetTypeAsync(OAuthAuthorization authorization, CancellationToken cancellationToken) => new(authorization.Type);

    /// <summary>
    /// Removes authorizations created before <paramref name="threshold"/> that no longer count: revoked ones, and ad-hoc
    /// ones no token refers to any more. Permanent valid authorizations stay.
    /// </summary>
    public async ValueTask<long> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken)
    {
        long removed = 0;
        foreach (var authorization in await AllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (authorization.CreationDate >= threshold)
            {
                continue;
            }

            var prunable = authorization.Status != OpenIddictConstants.Statuses.Valid
                || (authorization.Type == OpenIddictConstants.AuthorizationTypes.AdHoc
                    && !await tokens.AnyForAuthorizationAsync(authorization.Id, cancellationToken).ConfigureAwait(false));
            if (prunable && await TryDeleteAsync(authorization, cancellationToken).ConfigureAwait(false))
            {
                removed++;
            }
        }

        return removed;
    }

    public async ValueTask<long> RevokeAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken)
    {
        long revoked = 0;
        await foreach (var authorization in FindAsync(subject, client, status, type, null, cancellationToken).ConfigureAwait(false))
        {
            revoked += await RevokeOneAsync(authorization, cancellationToken).ConfigureAwait(false);
        }

        return revoked;
    }

    public ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        RevokeAllAsync(WhereAsync("applicationId", identifier, cancellationToken), cancellationToken);

    public ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        RevokeAllAsync(WhereAsync("subject", subject, cancellationToken), cancellationToken);

    public ValueTask SetApplicationIdAsync(OAuthAuthorization authorization, string? identifier, CancellationToken cancellationToken) =>
        Set(() => authorization.ApplicationId = identifier);

    public ValueTask SetCreationDateAsync(OAuthAuthorization authorization, DateTimeOffset? date, CancellationToken cancellationToken) =>
        Set(() => authorization.CreationDate = date);

    public ValueTask SetPropertiesAsync(OAuthAuthorization authorization, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken) =>
        Set(() => authorization.Properties = OAuthValues.Properties(properties));

    public ValueTask SetScopesAsync(OAuthAuthorization authorization, ImmutableArray<string> scopes, CancellationToken cancellationToken) =>
        Set(() => authorization.Scopes = OAuthValues.List(scopes));

    public ValueTask SetStatusAsync(OAuthAuthorization authorization, string? status, CancellationToken cancellationToken) =>
        Set(() => authorization.Status = status);

    public ValueTask SetSubjectAsync(OAuthAuthorization authorization, string? subject, CancellationToken cancellationToken) =>
        Set(() => authorization.Subject = subject);

    public ValueTask SetTypeAsync(OAuthAuthorization authorization, string? type, CancellationToken cancellationToken) =>
        Set(() => authorization.Type = type);

    private static bool Matches(OAuthAuthorization authorization, string? client, string? status, string? type) =>
        (client is null || authorization.ApplicationId == client)
        && (status is null || authorization.Status == status)
        && (type is null || authorization.Type == type);

    private async ValueTask<long> RevokeAllAsync(ValueTask<IReadOnlyList<OAuthAuthorization>> found, CancellationToken cancellationToken)
    {
        long revoked = 0;
        foreach (var authorization in await found.ConfigureAwait(false))
        {
            revoked += await RevokeOneAsync(authorization, cancellationToken).ConfigureAwait(false);
        }

        return revoked;
    }

    private async ValueTask<long> RevokeOneAsync(OAuthAuthorization authorization, CancellationToken cancellationToken)
    {
        if (authorization.Status == OpenIddictConstants.Statuses.Revoked)
        {
            return 0;
        }

        authorization.Status = OpenIddictConstants.Statuses.Revoked;
        return await TryUpdateAsync(authorization, cancellationToken).ConfigureAwait(false) ? 1 : 0;
    }
}
