using System.Diagnostics;
using System.Globalization;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using ContactCenter.Storage.LiteDb;
using ContactCenter.Storage.Postgres;
using Npgsql;

namespace ContactCenter.Benchmarks;

/// <summary>
/// The same work on each durable provider: interaction-like batches (a snapshot replaced at its version plus one
/// event, as the kernel commits a transition) sequentially and concurrently, equality queries on a plugin
/// collection's indexed field, and point reads by id.
/// </summary>
internal static class StorageBenchmark
{
    private const string Interactions = "k.bench-interactions";
    private const string Notes = "p.cc.bench.notes";

    public static async Task<int> RunAsync(StorageBenchmarkOptions options)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"storage benchmark: {options.Count} interactions, concurrency {options.Concurrency}, {options.Queries} queries; {Environment.ProcessorCount} cores"));
        var directory = Directory.CreateTempSubdirectory("cc-bench-storage-");
        try
        {
            using (var lite = new LiteDbDocumentStore(directory.FullName, TimeProvider.System))
            {
                await RunOneAsync(lite, options);
            }

            if (options.Postgres is null)
            {
                Console.WriteLine("postgres: skipped (pass --postgres <superuser connection string> or set CC_TEST_POSTGRES; .ci/postgres.sh start)");
                return 0;
            }

            var database = "cc_bench_" + Guid.NewGuid().ToString("N")[..12];
            await ExecuteAsync(options.Postgres, $"CREATE DATABASE {database} TEMPLATE template0 ENCODING 'UTF8'");
            try
            {
                var connection = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = database }.ConnectionString;
                await using var postgres = new PostgresDocumentStore(new PostgresStoreOptions { ConnectionString = connection }, TimeProvider.System);
                await RunOneAsync(postgres, options);
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(options.Postgres, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }

            return 0;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task RunOneAsync(IDocumentStore store, StorageBenchmarkOptions options)
    {
        await store.InitializeAsync(CancellationToken.None);
        await store.EnsureCollectionAsync(new CollectionDefinition(Interactions, ["state"]), CancellationToken.None);
        await store.EnsureCollectionAsync(new CollectionDefinition(Notes, ["phone"]), CancellationToken.None);
        var name = store.ProviderName.ToLowerInvariant();

        var ids = Enumerable.Range(0, options.Count).Select(i => $"i{i:D7}").ToArray();
        var versions = new long[ids.Length];
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            versions[i] = (await store.CommitAsync(new WriteBatch().Insert(Interactions, id, Snapshot(id, "Created")), CancellationToken.None)).Documents[0]!.Version;
        }

        var sequential = await TransitionsAsync(store, ids, versions, 1);
        var concurrent = await TransitionsAsync(store, ids, versions, options.Concurrency);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: events written/s (snapshot + 1 event per batch): sequential {sequential:F0}, concurrency {options.Concurrency} {concurrent:F0}"));

        var batch = new WriteBatch();
        for (var i = 0; i < options.Count; i++)
        {
            batch.Insert(Notes, $"n{i:D7}", $$"""{"phone":"+506 {{i:D8}}","text":"Nota de la póliza {{i}}"}""");
            if (batch.Documents.Count == 500 || i == options.Count - 1)
            {
                await store.CommitAsync(batch, CancellationToken.None);
                batch = new WriteBatch();
            }
        }

        var random = new Random(42);
        var query = await LatenciesAsync(options.Queries, async () =>
        {
            var page = await store.QueryAsync(Notes, DocumentQuery.Where("phone", $"+506 {random.Next(options.Count):D8}"), CancellationToken.None);
            return page.Items.Count == 1;
        });
        var read = await LatenciesAsync(options.Queries, async () => await store.GetAsync(Notes, $"n{random.Next(options.Count):D7}", CancellationToken.None) is not null);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: plugin-document query on an indexed field ({options.Count} documents): {query}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: point read by id: {read}"));
    }

    private static async Task<double> TransitionsAsync(IDocumentStore store, string[] ids, long[] versions, int concurrency)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < ids.Length; i = Interlocked.Increment(ref next))
            {
                var result = await store.CommitAsync(new WriteBatch()
                    .Replace(Interactions, ids[i], Snapshot(ids[i], "Queued"), versions[i])
                    .Append(ids[i], "cc.interaction.transitioned", """{"from":"Created","to":"Queued"}""", TimeProvider.System.GetUtcNow()), CancellationToken.None);
                versions[i] = result.Documents[0]!.Version;
            }
        })));
        return ids.Length / clock.Elapsed.TotalSeconds;
    }

    private static async Task<string> LatenciesAsync(int count, Func<Task<bool>> operation)
    {
        var micros = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            if (!await operation())
            {
                throw new InvalidOperationException("A benchmark read found nothing: the data set is wrong.");
            }

            micros[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(micros);
        return string.Create(CultureInfo.InvariantCulture, $"p50 {micros[count / 2] / 1000:F2} ms, p99 {micros[(int)(count * 0.99)] / 1000:F2} ms");
    }

    private static string Snapshot(string id, string state) =>
        $$$"""{"id":"{{{id}}}","state":"{{{state}}}","channel":"Voice","subject":"Siniestro","attributes":{"poliza":"AU-123456"}}""";

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
