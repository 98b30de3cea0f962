using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ContactCenter.Kernel.Identity.OAuth.Entities;
using ContactCenter.Kernel.Identity.OAuth.Stores;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Abstractions;
using Xunit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ContactCenter.Testing.Identity.OAuth;

/// <summary>
/// OpenIddict's stores on one document store provider: every provider's test project subclasses this with its store,
/// so the one generic implementation is proved on Memory, LiteDB and PostgreSQL alike.
/// </summary>
public abstract class OAuthStoreConformanceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(Start);

    private IDocumentStore Store { get; set; } = null!;

    private OAuthTokenStore Tokens { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await new StoreInitializer(Store).StartingAsync(CancellationToken.None);
        Tokens = new OAuthTokenStore(Store, new KernelTime(Time));
    }

    public virtual async Task DisposeAsync()
    {
        if (Store is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else if (Store is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    /// <summary>A fresh, empty store of the provider under test.</summary>
    protected abstract Task<IDocumentStore> CreateStoreAsync();

    [Fact]
    public async Task Application_CreateFindUpdateDelete_RoundTripsEveryField()
    {
        var store = new OAuthApplicationStore(Store);
        var app = await store.InstantiateAsync(default);
        await store.SetClientIdAsync(app, "crm", default);
        await store.SetClientSecretAsync(app, "hashed-secret", default);
        await store.SetPermissionsAsync(app, ["ept:token", "scp:directory.read"], default);
        await store.SetRedirectUrisAsync(app, ["https://crm.example/cb"], default);
        await store.SetDisplayNamesAsync(app, ImmutableDictionary<CultureInfo, string>.Empty.Add(CultureInfo.GetCultureInfo("es"), "CRM del asegurador"), default);
        await store.SetPropertiesAsync(app, ImmutableDictionary<string, JsonElement>.Empty.Add("tier", JsonDocument.Parse("\"gold\"").RootElement), default);

        await store.CreateAsync(app, default);
        var found = await store.FindByClientIdAsync("crm", default);
        var byUri = await ToListAsync(store.FindByRedirectUriAsync("https://crm.example/cb", default));

        Assert.NotNull(found);
        Assert.Equal("client.crm", found.Id);
        Assert.Equal("hashed-secret", await store.GetClientSecretAsync(found, default));
        Assert.Equal(["ept:token", "scp:directory.read"], (await store.GetPermissionsAsync(found, default)).ToArray());
        Assert.Equal("CRM del asegurador", (await store.GetDisplayNamesAsync(found, default))[CultureInfo.GetCultureInfo("es")]);
        Assert.Equal("gold", (await store.GetPropertiesAsync(found, default))["tier"].GetString());
        Assert.Equal(found.Id, Assert.Single(byUri).Id);

        await store.SetDisplayNameAsync(found, "Renamed", default);
        await store.UpdateAsync(found, default);
        Assert.Equal("Renamed", (await store.FindByIdAsync(found.Id, default))!.DisplayName);
        await store.DeleteAsync(found, default);
        Assert.Null(await store.FindByClientIdAsync("crm", default));
        Assert.Equal(0, await store.CountAsync(default));
    }

    [Fact]
    public async Task Application_StaleCopyUpdatedOrSameClientIdCreated_Conflicts()
    {
        var store = new OAuthApplicationStore(Store);
        await store.CreateAsync(new OAuthApplication { ClientId = "crm" }, default);
        var first = (await store.FindByClientIdAsync("crm", default))!;
        var stale = (await store.FindByClientIdAsync("crm", default))!;
        first.DisplayName = "first";
        await store.UpdateAsync(first, default);
        stale.DisplayName = "stale";

        await Assert.ThrowsAsync<OpenIddictExceptions.ConcurrencyException>(() => store.UpdateAsync(stale, default).AsTask());
        await Assert.ThrowsAsync<ContactCenter.Sdk.Errors.ConcurrencyConflictException>(() => store.CreateAsync(new OAuthApplication { ClientId = "crm" }, default).AsTask());
        Assert.Equal("first", (await store.FindByClientIdAsync("crm", default))!.DisplayName);
    }

    [Fact]
    public async Task Scope_FindByNamesAndResource_ReturnsOnlyMatches()
    {
        var store = new OAuthScopeStore(Store);
        await store.CreateAsync(new OAuthScope { Name = "directory.read", Resources = ["api"] }, default);
        await store.CreateAsync(new OAuthScope { Name = "users.read" }, default);

        var named = await ToListAsync(store.FindByNamesAsync(["directory.read", "nope"], default));

        Assert.Equal("directory.read", Assert.Single(named).Name);
        Assert.Equal("directory.read", Assert.Single(await ToListAsync(store.FindByResourceAsync("api", default))).Name);
        Assert.Equal("users.read", (await store.FindByNameAsync("users.read", default))!.Name);
    }

    [Fact]
    public async Task Token_FindRedeemAndRevokeBySubject_ChangesOnlyThatSubjectsTokens()
    {
        await Tokens.CreateAsync(Token("alice", "app-1", Statuses.Valid, Start.AddHours(1)), default);
        await Tokens.CreateAsync(Token("alice", "app-2", Statuses.Valid, Start.AddHours(1)), default);
        await Tokens.CreateAsync(Token("bob", "app-1", Statuses.Valid, Start.AddHours(1)), default);

        var alicesAtApp1 = await ToListAsync(Tokens.FindAsync("alice", "app-1", Statuses.Valid, TokenTypeHints.AccessToken, default));
        var revoked = await Tokens.RevokeBySubjectAsync("alice", default);

        Assert.Single(alicesAtApp1);
        Assert.Equal(2, revoked);
        Assert.All(await ToListAsync(Tokens.FindBySubjectAsync("alice", default)), t => Assert.Equal(Statuses.Revoked, t.Status));
        Assert.Equal(Statuses.Valid, Assert.Single(await ToListAsync(Tokens.FindBySubjectAsync("bob", default))).Status);
    }

    [Fact]
    public async Task Token_Prune_RemovesOldUnusableTokensOnTheKernelClockAndKeepsValidOnes()
    {
        await Tokens.CreateAsync(Token("expired", "app", Statuses.Valid, Start.AddHours(1)), default);
        await Tokens.CreateAsync(Token("redeemed", "app", Statuses.Redeemed, Start.AddDays(14)), default);
        await Tokens.CreateAsync(Token("alive", "app", Statuses.Valid, Start.AddDays(14)), default);
        Time.Advance(TimeSpan.FromDays(2));
        await Tokens.CreateAsync(Token("recent-redeemed", "app", Statuses.Redeemed, Start.AddDays(14), created: Time.GetUtcNow()), default);

        var removed = await Tokens.PruneAsync(Time.GetUtcNow().AddDays(-1), default);

        Assert.Equal(2, removed);
        var left = (await ToListAsync(Tokens.ListAsync(null, null, default))).Select(t => t.Subject).Order(StringComparer.Ordinal);
        Assert.Equal(["alive", "recent-redeemed"], left);
    }

    [Fact]
    public async Task Authorization_Prune_RemovesRevokedAndOrphanAdHocKeepsPermanentAndUsed()
    {
        var store = new OAuthAuthorizationStore(Store, Tokens);
        OAuthAuthorization New(string subject, string status, string type) =>
            new() { Subject = subject, ApplicationId = "app", Status = status, Type = type, CreationDate = Start, Scopes = ["directory.read"] };
        await store.CreateAsync(New("revoked", Statuses.Revoked, AuthorizationTypes.Permanent), default);
        await store.CreateAsync(New("orphan", Statuses.Valid, AuthorizationTypes.AdHoc), default);
        await store.CreateAsync(New("permanent", Statuses.Valid, AuthorizationTypes.Permanent), default);
        var used = New("used", Statuses.Valid, AuthorizationTypes.AdHoc);
        await store.CreateAsync(used, default);
        var token = Token("used", "app", Statuses.Valid, Start.AddDays(30));
        token.AuthorizationId = used.Id;
        await Tokens.CreateAsync(token, default);
        Time.Advance(TimeSpan.FromDays(2));

        var removed = await store.PruneAsync(Time.GetUtcNow().AddDays(-1), default);
        var scoped = await ToListAsync(store.FindAsync("permanent", "app", Statuses.Valid, null, ["directory.read"], default));

        Assert.Equal(2, removed);
        Assert.Equal(["permanent", "used"], (await ToListAsync(store.ListAsync(null, null, default))).Select(a => a.Subject!).Order(StringComparer.Ordinal));
        Assert.Single(scoped);
    }

    private OAuthToken Token(string subject, string application, string status, DateTimeOffset expires, DateTimeOffset? created = null) => new()
    {
        Subject = subject, ApplicationId = application, Status = status, Type = TokenTypeHints.AccessToken,
        CreationDate = created ?? Time.GetUtcNow(), ExpirationDate = expires,
    };

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
