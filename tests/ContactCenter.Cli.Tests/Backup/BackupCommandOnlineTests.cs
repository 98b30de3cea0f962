using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Cli.Tests.Support;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Cli.Tests.Backup;

/// <summary><c>cc backup</c> while the host runs on the embedded store: the host copies a consistent snapshot for it.</summary>
public sealed class BackupCommandOnlineTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("cc-backup-online-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Backup_HostRunning_SnapshotThroughTheHostHoldsAcknowledgedWrites()
    {
        var data = Path.Combine(_work.FullName, "data");
        var archive = Path.Combine(_work.FullName, "online.zip");
        var ids = new List<string>();
        CliRun backup;
        await using (var host = await RunningHost.StartAsync(data, null, "--CC:Storage:Provider=LiteDb"))
        {
            using var client = host.CreateAdminClient();
            for (var i = 0; i < 5; i++)
            {
                using var created = await client.PostAsJsonAsync("/api/v1/interactions", new { channel = "Email", subject = $"Reclamo {i}", externalId = $"online-{i}" });
                created.EnsureSuccessStatusCode();
                ids.Add(JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
            }

            backup = await CliRun.RunAsync("backup", archive, "--data-dir", data);
        }

        var target = Path.Combine(_work.FullName, "restored");
        var restore = await CliRun.RunAsync("restore", archive, "--data-dir", target);

        Assert.Equal(0, backup.ExitCode);
        Assert.Contains("(online)", backup.Output, StringComparison.Ordinal);
        Assert.Equal(0, restore.ExitCode);
        // A backup leaves the master keys out by default; the operator restores them from where they are kept apart.
        Directory.CreateDirectory(Path.Combine(target, "secrets"));
        File.Copy(Path.Combine(data, "secrets", "master-keys.json"), Path.Combine(target, "secrets", "master-keys.json"));
        await using var restored = await RunningHost.StartAsync(target, null, "--CC:Storage:Provider=LiteDb");
        using var reader = restored.CreateAdminClient();
        foreach (var id in ids)
        {
            using var response = await reader.GetAsync(new Uri($"/api/v1/interactions/{id}", UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"interaction {id} missing after restore: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task SnapshotEndpoint_MemoryStore_RefusedWithAProblem()
    {
        await using var host = await RunningHost.StartAsync();
        using var client = host.CreateAdminClient();

        using var response = await client.PostAsync(new Uri("/api/v1/backup/snapshot", UriKind.Relative), null);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cannot be copied through the host", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
