using System.Runtime.CompilerServices;
using ContactCenter.Kernel.Identity.OAuth.Entities;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;
using OpenIddict.Abstractions;

namespace ContactCenter.Kernel.Identity.OAuth.Stores;

/// <summary>
/// The one generic implementation behind OpenIddict's application, authorization, scope and token stores: documents of
/// <typeparamref name="TEntity"/> in one kernel collection of the configured <see cref="IDocumentStore"/>, optimistic
/// concurrency on the document version (a stale write throws OpenIddict's <c>ConcurrencyException</c>, which is how a
/// refresh token or code redeemed twice at once fails once). LINQ queries run over the collection in memory: clients and
/// scopes are few, and OpenIddict itself only uses the indexed look-ups.
/// </summary>
internal abstract class OAuthDocumentStore<TEntity>(IDocumentStore store, CollectionDefinition collection)
    where TEntity : class, IOAuthEntity, new()
{
    private readonly KernelRepository<TEntity> _repository = new(store, collection);

    protected IDocumentStore Store => store;

    protected CollectionDefinition Collection => collection;

    public ValueTask<long> CountAsync(CancellationToken cancellationToken) =>
        store.CountAsync(collection.Name, [], cancellationToken);

    public async ValueTask<long> CountAsync<TResult>(Func<IQueryable<TEntity>, IQueryable<TResult>> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query((await AllAsync(cancellationToken).ConfigureAwait(false)).AsQueryable()).LongCount();
    }

    public async ValueTask CreateAsync(TEntity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (entity.Id.Length == 0)
        {
            entity.Id = NewId(entity);
        }

        entity.Version = (await _repository.InsertAsync(entity.Id, entity, cancellationToken).ConfigureAwait(false)).Version;
    }

    public async ValueTask UpdateAsync(TEntity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        try
        {
            entity.Version = (await _repository.ReplaceAsync(entity.Id, entity, entity.Version, cancellationToken).ConfigureAwait(false)).Version;
        }
        catch (ConcurrencyConflictException ex)
        {
            throw new OpenIddictExceptions.ConcurrencyException($"'{entity.Id}' in '{collection.Name}' was changed or removed meanwhile.", ex);
        }
    }

    public async ValueTask DeleteAsync(TEntity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        try
        {
            await _repository.DeleteAsync(entity.Id, entity.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException ex)
        {
            throw new OpenIddictExceptions.ConcurrencyException($"'{entity.Id}' in '{collection.Name}' was changed meanwhile.", ex);
        }
    }

    public async ValueTask<TEntity?> FindByIdAsync(string identifier, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(identifier);
        return Tracked(await _repository.GetAsync(identifier, cancellationToken).ConfigureAwait(false));
    }

    public async ValueTask<TResult?> GetAsync<TState, TResult>(
        Func<IQueryable<TEntity>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query((await AllAsync(cancellationToken).ConfigureAwait(false)).AsQueryable(), state).FirstOrDefault();
    }

#pragma warning disable CA1822 // Implements OpenIddict's instance interface member.
    public ValueTask<TEntity> InstantiateAsync(CancellationToken cancellationToken) => ValueTask.FromResult(new TEntity());
#pragma warning restore CA1822

    public async IAsyncEnumerable<TEntity> ListAsync(int? count, int? offset, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IEnumerable<TEntity> all = await AllAsync(cancellationToken).ConfigureAwait(false);
        all = all.Skip(offset ?? 0);
        foreach (var entity in count is { } take ? all.Take(take) : all)
        {
            yield return entity;
        }
    }

    public async IAsyncEnumerable<TResult> ListAsync<TState, TResult>(
        Func<IQueryable<TEntity>, TState, IQueryable<TResult>> query, TState state, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var result in query((await AllAsync(cancellationToken).ConfigureAwait(false)).AsQueryable(), state))
        {
            yield return result;
        }
    }

    /// <summary>The id of a new entity: random unless a store derives it from a unique value.</summary>
    protected virtual string NewId(TEntity entity) => Guid.NewGuid().ToString("N");

    /// <summary>Every entity, in id order.</summary>
    protected async ValueTask<IReadOnlyList<TEntity>> AllAsync(CancellationToken cancellationToken) =>
        [.. (await _repository.ListAsync(null, cancellationToken).ConfigureAwait(false)).Select(v => Tracked(v)!)];

    /// <summary>The entities whose indexed <paramref name="field"/> equals <paramref name="value"/>.</summary>
    protected async ValueTask<IReadOnlyList<TEntity>> WhereAsync(string field, object value, CancellationToken cancellationToken) =>
        [.. (await _repository.ListAsync(DocumentQuery.Where(field, value), cancellationToken).ConfigureAwait(false)).Select(v => Tracked(v)!)];

    /// <summary>The first entity (by id) whose indexed <paramref name="field"/> equals <paramref name="value"/>.</summary>
    protected async ValueTask<TEntity?> FirstWhereAsync(string field, object value, CancellationToken cancellationToken)
    {
        var found = await WhereAsync(field, value, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The entities matching <paramref name="filter"/> on an indexed field.</summary>
    protected async ValueTask<IReadOnlyList<TEntity>> ListWhereAsync(DocumentFilter filter, CancellationToken cancellationToken) =>
        [.. (await _repository.ListAsync(new DocumentQuery { Filters = [filter] }, cancellationToken).ConfigureAwait(false)).Select(v => Tracked(v)!)];

    /// <summary>Streams <paramref name="entities"/> as OpenIddict's look-ups return them.</summary>
    protected static async IAsyncEnumerable<TEntity> Stream(ValueTask<IReadOnlyList<TEntity>> entities, Func<TEntity, bool>? keep = null)
    {
        foreach (var entity in await entities.ConfigureAwait(false))
        {
            if (keep is null || keep(entity))
            {
                yield return entity;
            }
        }
    }

    /// <summary>Updates unless the entity changed meanwhile (then the next revocation or prune pass sees it again).</summary>
    protected async ValueTask<bool> TryUpdateAsync(TEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await UpdateAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OpenIddictExceptions.ConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>Deletes unless the entity changed meanwhile.</summary>
    protected async ValueTask<bool> TryDeleteAsync(TEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await DeleteAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OpenIddictExceptions.ConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>Applies a setter: entities change in memory until OpenIddict calls <c>UpdateAsync</c>.</summary>
    protected static ValueTask Set(Action change)
    {
        ArgumentNullException.ThrowIfNull(change);
        change();
        return ValueTask.CompletedTask;
    }

    private static TEntity? Tracked(Versioned<TEntity>? stored)
    {
        if (stored is null)
        {
            return null;
        }

        stored.Value.Id = stored.Id;
        stored.Value.Version = stored.Version;
        return stored.Value;
    }
}
