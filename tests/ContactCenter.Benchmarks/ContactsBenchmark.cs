using System.Diagnostics;
using System.Globalization;
using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Storage.LiteDb;
using ContactCenter.Storage.Postgres;
using ContactCenter.Testing.Security;
using HdrHistogram;

namespace ContactCenter.Benchmarks;

/// <summary>
/// Customer lookup by phone through the keyed-hash index, over N encrypted contacts, and raw encrypt/decrypt throughput.
/// Contacts are loaded in batches of 500 through the contact store's own staging (encryption and hashing included).
/// </summary>
internal static class ContactsBenchmark
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(ContactsOptions options)
    {
        var directory = options.DataDirectory ?? Path.Combine(Path.GetTempPath(), "cc-bench-contacts-" + Guid.NewGuid().ToString("N"));
        var store = await OpenAsync(options, directory);
        try
        {
            var settings = new Dictionary<string, string?> { ["CC:Contacts:DefaultRegion"] = "CR", ["CC:Encryption:Provider"] = "Ephemeral" };
            await using var kernel = await EncryptedKernel.StartAsync(store, settings);
            Console.WriteLine(FormattableString.Invariant($"contacts: store={options.Store} count={options.Count:N0} lookups={options.Lookups:N0} cores={Environment.ProcessorCount}"));
            var load = Stopwatch.StartNew();
            await LoadAsync((ContactDirectory)kernel.Contacts, store, options.Count);
            Console.WriteLine(FormattableString.Invariant($"loaded {options.Count:N0} contacts in {load.Elapsed.TotalSeconds:F1} s ({options.Count / load.Elapsed.TotalSeconds:F0} contacts/s)"));
            await LookupAsync(kernel.Contacts, options);
            CryptoThroughput.Print(kernel.Protector);
            return 0;
        }
        finally
        {
            (store as IDisposable)?.Dispose();
            if (options.DataDirectory is null && Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    // One phone a contact: a national 8-digit CR mobile number (83xx xxxx) derived from its index, so lookups know what exists.
    private static string Phone(int i) => (83000000 + i).ToString(CultureInfo.InvariantCulture);

    private static async Task<IDocumentStore> OpenAsync(ContactsOptions options, string directory)
    {
        IDocumentStore store = options.Store switch
        {
            "memory" => new InMemoryDocumentStore(TimeProvider.System),
            "litedb" => new LiteDbDocumentStore(directory, TimeProvider.System),
            _ => new PostgresDocumentStore(new PostgresStoreOptions { ConnectionString = options.Connection! }, TimeProvider.System),
        };
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    private static async Task LoadAsync(ContactDirectory contacts, IDocumentStore store, int count)
    {
        var now = DateTimeOffset.UnixEpoch.AddYears(56);
        for (var start = 0; start < count; start += BatchSize)
        {
            var batch = new WriteBatch();
            for (var i = start; i < Math.Min(count, start + BatchSize); i++)
            {
                contacts.Stage(batch, new ContactRequest($"Customer {i}", [Phone(i)], [$"customer{i}@example.com"]), now);
            }

            await store.CommitAsync(batch, CancellationToken.None);
            if ((start / BatchSize) % 200 == 0 && start > 0)
            {
                Console.WriteLine(FormattableString.Invariant($"  {start:N0} loaded"));
            }
        }
    }

    private static async Task LookupAsync(IContactDirectory contacts, ContactsOptions options)
    {
        var histogram = new LongHistogram(60_000_000, 3);
        var random = new Random(42);
        var misses = 0;
        for (var n = 0; n < options.Lookups; n++)
        {
            var i = random.Next(options.Count);
            var input = n % 2 == 0 ? Phone(i) : "+506 " + Phone(i)[..4] + "-" + Phone(i)[4..];
            var started = Stopwatch.GetTimestamp();
            var found = await contacts.FindByPhoneAsync(input);
            histogram.RecordValue((long)Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            misses += found.Count == 1 ? 0 : 1;
        }

        Console.WriteLine(FormattableString.Invariant(
            $"lookup by phone (hash index + decrypt): p50 {histogram.GetValueAtPercentile(50) / 1000.0:F3} ms, p99 {histogram.GetValueAtPercentile(99) / 1000.0:F3} ms, max {histogram.GetMaxValue() / 1000.0:F3} ms, misses {misses}"));
    }
}
