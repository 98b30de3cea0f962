using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Tests.Identity.Users;
using ContactCenter.Kernel.Tests.Security.Encryption.Keys;
using ContactCenter.Testing.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Audit;

/// <summary>Every key ring change reaches the audit log, with who did it and key ids only.</summary>
public sealed class KeyRingAuditRecorderTests : IDisposable
{
    private readonly FileKeyWorkspace _workspace = new("cc-keyaudit");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task StartAsync_FirstStart_AuditsTheRingCreationAsSystem()
    {
        await using var kernel = await StartAsync();

        var entries = await ReadAsync(kernel);

        var created = Assert.Single(entries);
        var status = await kernel.Keys.GetStatusAsync();
        Assert.Equal(("system", "key-ring.created", "key-ring", AuditOutcomes.Success), (created.Actor, created.Action, created.Target, created.Outcome));
        Assert.Equal($"data key {status.CurrentDataKeyId}, master key file-1", created.Detail);
    }

    [Fact]
    public async Task RotateDataKeyAndMasterKey_AuditedWithTheActorAndKeyIdsOnly()
    {
        await using var kernel = await StartAsync();
        AuditActor.Set("user-7", "trace-1");

        var data = await kernel.Keys.RotateDataKeyAsync();
        var master = await kernel.Keys.RotateMasterKeyAsync();

        var entries = (await ReadAsync(kernel)).Skip(1).ToArray();
        Assert.Equal(["key-ring.data-key-rotated", "key-ring.master-key-rotated"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("user-7", "trace-1", "key-ring"), (e.Actor, e.CorrelationId, e.Target)));
        Assert.Equal($"data key {data.CurrentDataKeyId}, master key file-1", entries[0].Detail);
        Assert.Equal($"master key file-2, 3 keys re-wrapped, data key {master.CurrentDataKeyId}", entries[1].Detail);
        var keyFile = await File.ReadAllTextAsync(_workspace.MasterKeyFile);
        Assert.All(entries, e => Assert.DoesNotContain(e.Detail!, keyFile, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_Rotation_AuditsItsStartAndItsCompletionWithTheCount()
    {
        await using var kernel = await StartAsync();
        await kernel.Contacts.CreateAsync(new("Ana Solís", ["+50683001122"], []));
        await kernel.Contacts.CreateAsync(new("José Núñez", ["+50683003344"], []));

        var done = await kernel.Rotation.RunAsync(null);

        var entries = (await ReadAsync(kernel)).Skip(1).ToArray();
        Assert.Equal(["key-ring.data-key-rotated", "key-ring.data-key-rotation-completed"], entries.Select(e => e.Action));
        Assert.Equal($"data key {done.DataKeyId}, {done.ReEncrypted} documents re-encrypted, master key file-1", entries[1].Detail);
        Assert.True(done.ReEncrypted >= 2);
    }

    [Fact]
    public async Task RotationFailedAsync_RecordsAFailureWithTheReason()
    {
        var log = new RecordingAuditLog();
        var recorder = new KeyRingAuditRecorder(log);

        await recorder.RotationFailedAsync("r-1", "dk-9", "The master key provider is unavailable.", CancellationToken.None);
        await recorder.RotationFailedAsync("r-2", string.Empty, new string('x', 400), CancellationToken.None);

        var entries = log.Entries.ToArray();
        Assert.Equal(("key-ring.data-key-rotation-failed", AuditOutcomes.Failure), (entries[0].Action, entries[0].Outcome));
        Assert.Equal("rotation r-1, data key dk-9: The master key provider is unavailable.", entries[0].Detail);
        Assert.StartsWith("rotation r-2, no new data key: xxx", entries[1].Detail, StringComparison.Ordinal);
        Assert.True(entries[1].Detail!.Length < 360);
    }

    private Task<EncryptedKernel> StartAsync() =>
        EncryptedKernel.StartAsync(_workspace.Store, _workspace.Settings, configure: (services, configuration) => services.AddAuditLog(configuration));

    private static async Task<List<AuditRecord>> ReadAsync(EncryptedKernel kernel)
    {
        var list = new List<AuditRecord>();
        await foreach (var record in kernel.Services.GetRequiredService<IAuditLog>().ReadAsync(new AuditQuery()))
        {
            list.Add(record);
        }

        return list;
    }
}
