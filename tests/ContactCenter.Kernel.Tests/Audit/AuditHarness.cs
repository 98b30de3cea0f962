using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Audit.Signing;
using ContactCenter.Kernel.Audit.Verification;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Time;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Kernel.Tests.Audit;

/// <summary>An audit log on an in-memory store with a fake clock and its keys in a temp directory.</summary>
internal sealed class AuditHarness : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cc-audit-" + Guid.NewGuid().ToString("N"));

    public AuditHarness(int checkpointEvery = 100)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
        Store = new InMemoryDocumentStore(Time);
        foreach (var collection in new[] { KernelCollections.Audit, KernelCollections.AuditCheckpoints })
        {
            Store.EnsureCollectionAsync(collection, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        Keys = new AuditKeyRing(_directory);
        Trust = new AuditTrustFile(_directory);
        Options = Microsoft.Extensions.Options.Options.Create(new AuditOptions { CheckpointEvery = checkpointEvery });
        Log = NewLog();
    }

    public FakeTimeProvider Time { get; }

    public InMemoryDocumentStore Store { get; }

    public AuditKeyRing Keys { get; }

    public AuditTrustFile Trust { get; }

    public string KeyDirectory => _directory;

    public Microsoft.Extensions.Options.IOptions<AuditOptions> Options { get; }

    public IAuditLog Log { get; }

    public KernelRepository<AuditRecord> Entries => new(Store, KernelCollections.Audit);

    public KernelRepository<AuditCheckpoint> Checkpoints => new(Store, KernelCollections.AuditCheckpoints);

    /// <summary>A second log instance on the same store (another node, or the host after a restart).</summary>
    public IAuditLog NewLog() => new AuditLog(Store, Keys, Trust, new KernelTime(Time), Options);

    public async Task AppendAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Log.AppendAsync(new AuditEntry("user-" + (i % 3), "customer.updated", "customer/c-" + i) { AfterDigest = AuditHashing.Digest("state " + i) });
            Time.Advance(TimeSpan.FromSeconds(1));
        }
    }

    public async Task<List<AuditRecord>> ReadAllAsync()
    {
        var list = new List<AuditRecord>();
        await foreach (var record in Log.ReadAsync(new AuditQuery()))
        {
            list.Add(record);
        }

        return list;
    }

    public ValueTask<AuditVerificationReport> VerifyAsync() => AuditLogVerification.VerifyAsync(Log, Keys.PublicKeys(), Trust);

    public void Dispose()
    {
        Keys.Dispose();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
