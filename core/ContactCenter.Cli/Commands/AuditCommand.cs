using System.CommandLine;
using ContactCenter.Cli.Audit;
using ContactCenter.Cli.Connection;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Audit.Signing;
using ContactCenter.Kernel.Audit.Verification;

namespace ContactCenter.Cli.Commands;

/// <summary><c>cc audit export|verify</c>: the auditor's tools. Verification works on an export file offline.</summary>
internal static class AuditCommand
{
    public static Command Create(GlobalOptions options)
    {
        var audit = new Command("audit", "Export and verify the tamper-evident audit log.");
        audit.Subcommands.Add(Export(options));
        audit.Subcommands.Add(Verify(options));
        return audit;
    }

    private static Command Export(GlobalOptions options)
    {
        var output = new Option<FileInfo>("--out") { Description = "The JSON-lines file to write.", Required = true };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Entries at or after this instant (ISO 8601)." };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Entries before this instant." };
        var actor = new Option<string?>("--actor") { Description = "Only this actor." };
        var target = new Option<string?>("--target") { Description = "Only this target (a prefix when it ends with '/')." };
        var action = new Option<string?>("--action") { Description = "Only this action." };
        var command = new Command("export", "Download the audit log (needs audit.read) as JSON lines.") { output, from, to, actor, target, action };
        command.SetAction(async (result, ct) =>
        {
            using var client = new HostApiClient(RequireHost(options, result));
            var path = AuditQueryString.Of(result.GetValue(from), result.GetValue(to), result.GetValue(actor), result.GetValue(target), result.GetValue(action));
            var file = result.GetValue(output)!;
            await using (var stream = file.Create())
            {
                await client.CopyToAsync("/api/v1/audit/export" + path, stream, ct).ConfigureAwait(false);
            }

            await result.InvocationConfiguration.Output.WriteLineAsync($"Exported the audit log to {file.FullName}.").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Verify(GlobalOptions options)
    {
        var file = new Option<FileInfo?>("--file") { Description = "Verify this export instead of the running host's store." };
        var keys = new Option<DirectoryInfo?>("--keys") { Description = "Folder of trusted *.pub checkpoint keys (default {data-dir}/secrets/audit)." };
        var command = new Command("verify", "Check the hash chain and signed checkpoints; exit code 5 when the log was tampered with.") { file, keys };
        command.SetAction(async (result, ct) =>
        {
            var settings = options.Read(result);
            AuditVerificationReport report;
            if (result.GetValue(file) is { } export)
            {
                report = await VerifyFileAsync(export, result.GetValue(keys)?.FullName ?? Path.Combine(settings.DataDirectory, "secrets", "audit")).ConfigureAwait(false);
            }
            else
            {
                using var client = new HostApiClient(RequireHost(options, result));
                report = await client.SendAsync<AuditVerificationReport>(HttpMethod.Get, "/api/v1/audit/verify", null, ct).ConfigureAwait(false);
            }

            await AuditReportPrinter.PrintAsync(result.InvocationConfiguration.Output, report, settings.Json).ConfigureAwait(false);
            return report.IsValid ? ExitCodes.Success : ExitCodes.VerificationFailed;
        });
        return command;
    }

    private static async Task<AuditVerificationReport> VerifyFileAsync(FileInfo export, string keyDirectory)
    {
        if (!export.Exists)
        {
            throw new CliException($"The export file {export.FullName} does not exist.", ExitCodes.Usage);
        }

        var trusted = AuditKeyRing.LoadPublicKeys(keyDirectory);
        if (trusted.Count == 0)
        {
            throw new CliException($"No checkpoint public key (*.pub) in {keyDirectory}; pass --keys with the keys from GET /api/v1/audit/keys.", ExitCodes.Usage);
        }

        using var reader = export.OpenText();
        try
        {
            return AuditLogVerification.Verify(await AuditExportFormat.ReadAsync(reader).ConfigureAwait(false), trusted);
        }
        catch (InvalidDataException ex)
        {
            throw new CliException($"{export.FullName}: {ex.Message}", ExitCodes.VerificationFailed, ex);
        }
    }

    private static HostTarget RequireHost(GlobalOptions options, ParseResult result) =>
        HostLocator.Locate(options.Read(result), result.InvocationConfiguration.Error)
        ?? throw new CliException("The host is not running: start it, or verify an export with --file.", ExitCodes.OfflineUnavailable);
}
