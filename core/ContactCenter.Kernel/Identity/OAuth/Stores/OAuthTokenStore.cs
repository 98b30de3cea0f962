using System.Collections.Immutable;
using System.Text.Json;
using ContactCenter.Kernel.Identity.OAuth.Entities;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Storage;
using OpenIddict.Abstractions;

namespace ContactCenter.Kernel.Identity.OAuth.Stores;

/// <summary>OpenIddict's token store on the document store (see <see cref="OAuthDocumentStore{TEntity}"/>).</summary>
internal sealed class OAuthTokenStore(IDocumentStore store, KernelTime time)
    : OAuthDocumentStore<OAuthToken>(store, KernelCollections.OAuthTokens), IOpenIddictTokenStore<OAuthToken>
{
    public IAsyncEnumerable<OAuthToken> FindAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken) =>
        Stream(subject is null ? AllAsync(cancellationToken) : WhereAsync("subject", subject, cancellationToken),
            t => (client is null || t.ApplicationId == client) && (status is null || t.Status == status) && (type is null || t.Type == type));

    public IAsyncEnumerable<OAuthToken> FindByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        Stream(WhereAsync("applicationId", identifier, cancellationToken));

    public IAsyncEnumerable<OAuthToken> FindByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken) =>
        Stream(WhereAsync("authorizationId", identifier, cancellationToken));

    public async ValueTask<OAuthToken?> FindByReferenceIdAsync(string identifier, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(identifier);
        return await FirstWhereAsync("referenceId", identifier, cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<OAuthToken> FindBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        Stream(WhereAsync("subject", subject, cancellationToken));

    public ValueTask<string?> GetApplicationIdAsync(OAuthToken token, CancellationToken cancellationToken) => new(token.ApplicationId);

    public ValueTask<string?> GetAuthorizationIdAsync(OAuthToken token, CancellationToken cancellationToken) => new(token.AuthorizationId);

    public ValueTask<DateTimeOffset?> GetCreationDateAsync(OAuthToken token, CancellationToken cancellationToken) => new(token.CreationDate);

    public ValueTask<DateTimeOffset?> GetExpirationDateAsync(OAuthToken token, CancellationToken cancellationToken) => new(token.ExpirationDate);

    public ValueTask<string?> GetIdAsync(OAuthToken token, CancellationToken cancellationToken) => new(token.Id);

    public ValueTask<string?> GetPayloadAsync(OAuthToken token, CancellationToken cancellationToken) => new(token.Payload);

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OAuthToken token, CancellationToken cancellationToken) =>
        new(OAuthValues.Properties(token.Properties));

    public ValueTask<DateTimeOffset?> GetRedemptionDateAsync(OAuthToken token, CancellationToken cancellationToken) => new(token.RedemptionDate);

    public ValueTask<string?> GetReferenceIdAsync(OAuthToken token, CancellationToken cancellationToken) => new(token.ReferenceId);

    public ValueTask<string?> GetStatusAsync(OAuthToken token, CancellationToken cancellationToken) => new(token.Status);

    public ValueTask<string?> GetSubjectAsync(OAuthToken token, CancellationToken cancellationToken) => new(token.Subject);

    public ValueTask<string?> GetTypeAsync(OAuthToken token, CancellationToken cancellationToken) => new(token.Type);

    /// <summary>
    /// Removes tokens created before <paramref name="threshold"/> that can no longer be used: expired (on the kernel's
    /// clock), redeemed, rejected or revoked. Tokens still valid and unexpired stay whatever their age.
    /// </summary>
    public async ValueTask<long> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var old = await ListWhereAsync(new DocumentFilter("creationDate", FilterOperator.LessThan, threshold), cancellationToken).ConfigureAwait(false);
        long removed = 0;
        foreach (var token in old)
        {
            var dead = token.ExpirationDate < now
                || (token.Status != OpenIddictConstants.Statuses.Valid && token.Status != OpenIddictConstants.Statuses.Inactive);
            if (dead && await TryDeleteAsync(token, cancellationToken).ConfigureAwait(false))
            {
                removed++;
            }
        }

        return removed;
    }

    public ValueTask<long> RevokeAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken) =>
        RevokeAllAsync(FindAsync(subject, client, status, type, cancellationToken), cancellationToken);

    public ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        RevokeAllAsync(FindByApplicationIdAsync(identifier, cancellationToken), cancellationToken);

    public ValueTask<long> RevokeByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken) =>
        RevokeAllAsync(FindByAuthorizationIdAsync(identifier, cancellationToken), cancellationToken);

    public ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        RevokeAllAsync(FindBySubjectAsync(subject, cancellationToken), cancellationToken);

    public ValueTask SetApplicationIdAsync(OAuthToken token, string? identifier, CancellationToken cancellationToken) => Set(() => token.ApplicationId = identifier);

    public ValueTask SetAuthorizationIdAsync(OAuthToken token, string? identifier, CancellationToken cancellationToken) => Set(() => token.AuthorizationId = identifier);

    public ValueTask SetCreationDateAsync(OAuthToken token, DateTimeOffset? date, CancellationToken cancellationToken) => Set(() => token.CreationDate = date);

    public ValueTask SetExpirationDateAsync(OAuthToken token, DateTimeOffset? date, CancellationToken cancellationToken) => Set(() => token.ExpirationDate = date);

    public ValueTask SetPayloadAsync(OAuthToken token, string? payload, CancellationToken cancellationToken) => Set(() => token.Payload = payload);

    public ValueTask SetPropertiesAsync(OAuthToken token, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken) =>
        Set(() => token.Properties = OAuthValues.Properties(properties));

    public ValueTask SetRedemptionDateAsync(OAuthToken token, DateTimeOffset? date, CancellationToken cancellationToken) => Set(() => token.RedemptionDate = date);

    public ValueTask SetReferenceIdAsync(OAuthToken token, string? identifier, CancellationToken cancellationToken) => Set(() => token.ReferenceId = identifier);

    public ValueTask SetStatusAsync(OAuthToken token, string? status, CancellationToken cancellationToken) => Set(() => token.Status = status);

    public ValueTask SetSubjectAsync(OAuthToken token, string? subject, CancellationToken cancellationToken) => Set(() => token.Subject = subject);

    public ValueTask SetTypeAsync(OAuthToken token, string? type, CancellationToken cancellationToken) => Set(() => token.Type = type);

    /// <summary>Whether any token still refers to <paramref name="authorizationId"/> (an ad-hoc authorization without one can go).</summary>
    internal async ValueTask<bool> AnyForAuthorizationAsync(string authorizationId, CancellationToken cancellationToken) =>
        await Store.CountAsync(Collection.Name, [new DocumentFilter("authorizationId", FilterOperator.Equal, authorizationId)], cancellationToken).ConfigureAwait(false) > 0;

    private async ValueTask<long> RevokeAllAsync(IAsyncEnumerable<OAuthToken> found, CancellationToken cancellationToken)
    {
        long revoked = 0;
        await foreach (var token in found.ConfigureAwait(false))
        {
            if (token.Status != OpenIddictConstants.Statuses.Revoked)
            {
                token.Status = OpenIddictConstants.Statuses.Revoked;
                revoked += await TryUpdateAsync(token, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
        }

        return revoked;
    }
}
