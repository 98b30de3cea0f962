using ContactCenter.Cli.Offline;

namespace ContactCenter.Cli.Tests.Support;

/// <summary>Runs <c>cc</c> in-process and captures what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(OfflinePluginFactory? offline, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = offline is null
            ? await CliApplication.RunAsync(args, output, error)
            : await CliApplication.RunAsync(args, output, error, offline, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);
}
