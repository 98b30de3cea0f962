using ContactCenter.Kernel.Backup;
using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.LiteDb;

namespace ContactCenter.Cli.Tests.Backup;

/// <summary>A data directory with a real LiteDB store (documents with several versions, events, Spanish text), plugin files and secrets.</summary>
internal static class BackupSeed
{
    public const string Collection = "p.cc.test.backup.notes";

    public static async Task<StoreContents> CreateAsync(string dataDirectory, int documents = 120)
    {
        using (var store = new LiteDbDocumentStore(dataDirectory, TimeProvider.System))
        {
            await store.InitializeAsync(CancellationToken.None);
            foreach (var definition in KernelCollections.All)
            {
                await store.EnsureCollectionAsync(definition, CancellationToken.None);
            }

            await store.EnsureCollectionAsync(new CollectionDefinition(Collection, ["phone"]), CancellationToken.None);
            for (var i = 0; i < documents; i++)
            {
                var id = $"n{i:D4}";
                var batch = new WriteBatch()
                    .Insert(Collection, id, $$"""{"phone":"+506 8888 {{i:D4}}","text":"Póliza número {{i}} — señora Muñoz"}""")
                    .Append(id, "cc.test.created", $$"""{"n":{{i}}}""", TimeProvider.System.GetUtcNow());
                await store.CommitAsync(batch, CancellationToken.None);
                if (i % 3 == 0)
                {
                    await store.CommitAsync(new WriteBatch().Replace(Collection, id, $$"""{"phone":"+506 8888 {{i:D4}}","text":"actualizada"}""", 1), CancellationToken.None);
                }
            }
        }

        Directory.CreateDirectory(Path.Combine(dataDirectory, "plugins", "cc.test.backup", "1.0.0"));
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, "plugins", "cc.test.backup", "1.0.0", "plugin.json"), """{"id":"cc.test.backup"}""");
        Directory.CreateDirectory(Path.Combine(dataDirectory, "secrets"));
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, "secrets", "master.key"), "not-a-real-key");
        return await DigestAsync(dataDirectory);
    }

    public static async Task<StoreContents> DigestAsync(string dataDirectory)
    {
        using var store = new LiteDbDocumentStore(dataDirectory, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        return await StoreDigest.ComputeAsync(store, store, null, CancellationToken.None);
    }
}
