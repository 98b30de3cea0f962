using System.Globalization;
using System.Text.Json;
using ContactCenter.Kernel.Audit.Verification;

namespace ContactCenter.Cli.Audit;

/// <summary>Prints a verification report: a verdict line, then one line per finding (the first is the earliest).</summary>
internal static class AuditReportPrinter
{
    public static async Task PrintAsync(TextWriter output, AuditVerificationReport report, bool json)
    {
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(report, CliJson.Options)).ConfigureAwait(false);
            return;
        }

        var verdict = report.IsValid ? "OK" : "TAMPERED";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{verdict}: {report.Entries} entries ({report.FirstSequence}..{report.LastSequence}), {report.ValidCheckpoints} valid checkpoints, sealed up to {report.LastSealedSequence}, {report.UnsealedEntries} not sealed yet.")).ConfigureAwait(false);
        foreach (var finding in report.Findings)
        {
            await output.WriteLineAsync($"  {finding.Kind}: {finding.Message}").ConfigureAwait(false);
        }
    }
}
