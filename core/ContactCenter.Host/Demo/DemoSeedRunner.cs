using ContactCenter.Kernel.Time;

namespace ContactCenter.Host.Demo;

/// <summary>Runs every seeder in order and records, per seeder, what it created.</summary>
internal sealed class DemoSeedRunner(IEnumerable<IDemoSeeder> seeders, DemoSeedStore store, KernelTime time)
{
    /// <summary>Seeds; returns the report and, for each seeder that created something, the event to publish.</summary>
    public async ValueTask<(DemoSeedReport Report, IReadOnlyList<DemoSeeded> Changes)> RunAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCollectionAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<DemoSeedEntry>();
        var notes = new List<string>();
        var changes = new List<DemoSeeded>();
        foreach (var seeder in seeders.OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            var context = new DemoSeedContext(seeder.Name, await store.CreatedBeforeAsync(seeder.Name, cancellationToken).ConfigureAwait(false));
            await seeder.SeedAsync(context, cancellationToken).ConfigureAwait(false);

            // Nothing is written when nothing was created: a second start changes nothing at all.
            if (context.CreatedNow.Count > 0)
            {
                await store.RecordAsync(context, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                changes.Add(new DemoSeeded(seeder.Name, context.CreatedNow));
            }

            entries.AddRange(context.Entries);
            notes.AddRange(context.Notes);
        }

        return (new DemoSeedReport(entries, notes), changes);
    }
}
