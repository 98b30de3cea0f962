using System.Diagnostics;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Audit.Signing;
using ContactCenter.Kernel.Audit.Verification;
using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.LiteDb;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Time;
using Microsoft.Extensions.Options;

namespace ContactCenter.Benchmarks;

/// <summary>
/// The audit log's cost: entries hashed per second (canonical form + SHA-256, no store), appended per second with
/// chaining and a signed checkpoint every 100 on the in-memory and the LiteDB store, and verified per second.
/// Token issuance and the authorization overhead over HTTPS are measured by <see cref="IdentityHttpBenchmark"/> (<c>identity-http</c>).
/// </summary>
internal static class IdentityBenchmark
{
    public static async Task<int> RunAsync(int count)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cc-bench-identity-" + Guid.NewGuid().ToString("N"));
        try
        {
            Console.WriteLine($"identity benchmark: entries={count} cores={Environment.ProcessorCount}");
            Hashing(count);
            await AppendAndVerifyAsync("memory", new InMemoryDocumentStore(TimeProvider.System), Path.Combine(directory, "memory-keys"), count);

            using (var lite = new LiteDbDocumentStore(Path.Combine(directory, "litedb"), TimeProvider.System))
            {
                await AppendAndVerifyAsync("litedb", lite, Path.Combine(directory, "litedb-keys"), count);
            }

            return 0;
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static void Hashing(int count)
    {
        var record = new AuditRecord(1, DateTimeOffset.UnixEpoch, "user-1", "http.post", "/api/v1/interactions", AuditOutcomes.Success,
            null, null, "127.0.0.1", "0af7651916cd43dd8448eb211c80319c", "POST 201", AuditRecord.GenesisHash, string.Empty);
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            record = record with { Sequence = i + 1, PreviousHash = AuditHashing.ComputeHash(record) };
        }

        Report("hash only", count, Stopwatch.GetElapsedTime(started));
    }

    private static async Task AppendAndVerifyAsync(string name, IDocumentStore store, string keyDirectory, int count)
    {
        await store.InitializeAsync(CancellationToken.None);
        await store.EnsureCollectionAsync(KernelCollections.Audit, CancellationToken.None);
        await store.EnsureCollectionAsync(KernelCollections.AuditCheckpoints, CancellationToken.None);
        using var keys = new AuditKeyRing(keyDirectory);
        var trust = new AuditTrustFile(keyDirectory);
        using var log = new AuditLog(store, keys, trust, new KernelTime(TimeProvider.System), Options.Create(new AuditOptions()));

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await log.AppendAsync(new AuditEntry("user-" + (i % 50), "http.post", "/api/v1/interactions/i-" + i) { SourceIp = "127.0.0.1", Detail = "POST 200" });
        }

        Report($"append {name}", count, Stopwatch.GetElapsedTime(started));

        started = Stopwatch.GetTimestamp();
        var report = await AuditLogVerification.VerifyAsync(log, keys.PublicKeys(), trust);
        Report($"verify {name} ({(report.IsValid ? "valid" : "INVALID")})", count, Stopwatch.GetElapsedTime(started));
    }

    private static void Report(string what, int count, TimeSpan elapsed) =>
        Console.WriteLine(FormattableString.Invariant($"{what,-24} {count / elapsed.TotalSeconds,12:F0} entries/s ({elapsed.TotalMilliseconds:F0} ms)"));
}
