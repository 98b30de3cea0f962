using System.CommandLine;
using ContactCenter.Cli.Commands;
using ContactCenter.Cli.Offline;

namespace ContactCenter.Cli;

/// <summary>
/// The <c>cc</c> command tree. Each command group lives in its own file under <c>Commands/</c>; a later capability adds
/// its group here (e.g. <c>cc users</c>, <c>cc audit</c>).
/// </summary>
public static class CliApplication
{
    /// <summary>Runs <c>cc</c>.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, OfflineKernel.OpenAsync, cancellationToken);

    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, OfflinePluginFactory offline, CancellationToken cancellationToken)
    {
        var root = BuildRoot(offline);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync($"cc: {problem.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'cc --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            await error.WriteLineAsync($"cc: {ex.Message}").ConfigureAwait(false);
            return ex.ExitCode;
        }
    }

    private static RootCommand BuildRoot(OfflinePluginFactory offline)
    {
        var options = new GlobalOptions();
        var root = new RootCommand("cc: the ContactCenter administration tool. Talks to the running host over pinned HTTPS, or works on the data directory when the host is stopped.");
        options.AddTo(root);
        root.Subcommands.Add(VersionCommand.Create(options));
        root.Subcommands.Add(PluginsCommand.Create(options, offline));
        root.Subcommands.Add(AuditCommand.Create(options));
        root.Subcommands.Add(KeysCommand.Create(options));
        root.Subcommands.Add(BackupCommand.Create(options));
        root.Subcommands.Add(RestoreCommand.Create(options));
        root.Subcommands.Add(MigrateCommand.Create(options));
        root.Subcommands.Add(SimulateCommand.Create(options));
        return root;
    }
}
