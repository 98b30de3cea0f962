using System.Text.Json;
using ContactCenter.Cli.Tests.Support;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Cli.Tests.Commands;

/// <summary>
/// <c>cc audit</c> against one real host (checkpoint every 2 entries, five changes made before any test) and on export
/// files; every test works on its own export file.
/// </summary>
public sealed class AuditCommandTests(HostWithAuditTrail fixture) : IClassFixture<HostWithAuditTrail>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cc-audit-cli-").FullName;
    private RunningHost Host => fixture.Host;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Verify_HostRunning_PrintsOkAndExitsZero()
    {
        var run = await Cc("audit", "verify");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("OK: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyFile_UntouchedExport_ExitsZero()
    {
        var file = await ExportAsync();

        var run = await Cc("audit", "verify", "--file", file);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("valid checkpoints", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyFile_EditedEntry_ReportsAlteredAndExitsFive()
    {
        var file = await ExportAsync();
        var lines = File.ReadAllLines(file);
        // The entry of the fixture's second plugin call, wherever start-up entries (the first administrator) put it.
        var index = Array.FindIndex(lines, l => l.Contains("acme.p1", StringComparison.Ordinal));
        Assert.True(index > 0, "the export holds the fixture's plugin calls");
        using (var entry = JsonDocument.Parse(lines[index]))
        {
            var sequence = entry.RootElement.GetProperty("sequence").GetInt64();
            lines[index] = lines[index].Replace("acme.p1", "acme.pX", StringComparison.Ordinal);
            File.WriteAllLines(file, lines);

            var run = await Cc("audit", "verify", "--file", file);

            Assert.Equal(ExitCodes.VerificationFailed, run.ExitCode);
            Assert.StartsWith("TAMPERED", run.Output, StringComparison.Ordinal);
            Assert.Contains($"Altered: Entry {sequence} (line {index + 1})", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task VerifyFile_EntryDeleted_ReportsRemovedAndExitsFive()
    {
        var file = await ExportAsync();
        var lines = File.ReadAllLines(file).ToList();
        lines.RemoveAt(3);
        File.WriteAllLines(file, lines);

        var run = await Cc("audit", "verify", "--file", file);

        Assert.Equal(ExitCodes.VerificationFailed, run.ExitCode);
        Assert.Contains("Removed:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyFile_NotAnExport_ExitsFiveNamingTheLine()
    {
        var file = Path.Combine(_folder, "garbage.jsonl");
        await File.WriteAllTextAsync(file, "{\"recordType\":\"header\"}\nnot json\n");
        await Cc("audit", "verify");   // makes sure the key exists in the data directory

        var run = await Cc("audit", "verify", "--file", file);

        Assert.Equal(ExitCodes.VerificationFailed, run.ExitCode);
        Assert.Contains("Line 2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyFile_Missing_ExitsTwo()
    {
        var run = await Cc("audit", "verify", "--file", Path.Combine(_folder, "nothing.jsonl"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    private async Task<string> ExportAsync()
    {
        var file = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".jsonl");
        var run = await Cc("audit", "export", "--out", file);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        return file;
    }

    private Task<CliRun> Cc(params string[] args) => CliRun.RunAsync([.. args, "--data-dir", Host.DataDirectory]);
}
