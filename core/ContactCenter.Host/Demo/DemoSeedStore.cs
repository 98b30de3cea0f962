using System.Text.Json;
using ContactCenter.Kernel;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Host.Demo;

/// <summary>The seed records in <c>k.demo-seed</c>: what each seeder has created, written with a <see cref="DemoSeeded"/> event.</summary>
internal sealed class DemoSeedStore(IDocumentStore store)
{
    public static CollectionDefinition Collection { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("demo-seed"));

    private readonly KernelRepository<DemoSeedRecord> _records = new(store, Collection);

    public ValueTask EnsureCollectionAsync(CancellationToken cancellationToken) => store.EnsureCollectionAsync(Collection, cancellationToken);

    /// <summary>Keys of what <paramref name="seeder"/> created at earlier starts.</summary>
    public async ValueTask<IReadOnlyList<string>> CreatedBeforeAsync(string seeder, CancellationToken cancellationToken) =>
        (await _records.GetAsync(seeder, cancellationToken).ConfigureAwait(false))?.Value.Created ?? [];

    /// <summary>Records what the seeder created, now included, and appends the event for what it created now, in one batch.</summary>
    public async ValueTask RecordAsync(DemoSeedContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = new DemoSeedRecord { Seeder = context.Seeder, Created = context.CreatedEver, UpdatedAt = now };
        var seeded = new DemoSeeded(context.Seeder, context.CreatedNow);
        var batch = new WriteBatch()
            .Upsert(Collection.Name, context.Seeder, _records.Serialize(record))
            .Append(DemoSeeded.Stream, DemoSeeded.Type, JsonSerializer.Serialize(seeded, KernelJson.Options), now);
        await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
    }
}
