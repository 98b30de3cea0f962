using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Audit.Verification;

namespace ContactCenter.Kernel.Tests.Audit;

public sealed class AuditExportFormatTests
{
    [Fact]
    public async Task ReadAsync_ExportOfTheWholeLog_RoundTripsAndVerifies()
    {
        using var audit = new AuditHarness(checkpointEvery: 2);
        await audit.AppendAsync(5);
        var text = await ExportAsync(audit);

        var export = await AuditExportFormat.ReadAsync(new StringReader(text));

        Assert.Equal(AuditExportFormat.FormatName, export.Header!.Format);
        Assert.Equal(await audit.ReadAllAsync(), export.Entries.Select(e => e.Record));
        Assert.Equal([2L, 3L, 4L, 5L, 6L], export.Entries.Select(e => e.Line));
        Assert.Equal(2, export.Checkpoints.Count);
        Assert.True(AuditLogVerification.Verify(export, audit.Keys.PublicKeys()).IsValid);
    }

    [Fact]
    public async Task Verify_ExportWithAnEditedLine_ReportsTheLine()
    {
        using var audit = new AuditHarness();
        await audit.AppendAsync(3);
        var text = (await ExportAsync(audit)).Replace("customer/c-1", "customer/c-7", StringComparison.Ordinal);

        var report = AuditLogVerification.Verify(await AuditExportFormat.ReadAsync(new StringReader(text)), audit.Keys.PublicKeys());

        var finding = Assert.Single(report.Findings);
        Assert.Equal(AuditFindingKind.Altered, finding.Kind);
        Assert.Equal(3, finding.Line);
    }

    [Theory]
    [InlineData("{\"recordType\":\"entry\"", "Line 2")]
    [InlineData("{\"recordType\":\"gossip\"}", "recordType 'gossip'")]
    [InlineData("[1,2]", "Line 2")]
    public async Task ReadAsync_BadLine_ThrowsNamingTheLine(string line, string expected)
    {
        var text = AuditExportFormat.Header(DateTimeOffset.UnixEpoch, new AuditQuery()) + "\n" + line + "\n";

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => AuditExportFormat.ReadAsync(new StringReader(text)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> ExportAsync(AuditHarness audit)
    {
        var writer = new StringWriter { NewLine = "\n" };
        await AuditExporter.WriteAsync(audit.Log, new AuditQuery(), audit.Time.GetUtcNow(), writer);
        return writer.ToString();
    }
}
