using ContactCenter.Cli.Tests.Support;

namespace ContactCenter.Cli.Tests;

public sealed class CliParsingTests
{
    [Fact]
    public async Task Run_NoCommand_IsAUsageError()
    {
        var run = await CliRun.RunAsync();

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("cc --help", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("plugins", "enable")]
    [InlineData("plugins", "install")]
    [InlineData("plugins", "enable", "a", "b")]
    [InlineData("plugins", "list", "--url", "http://127.0.0.1:8443")]
    [InlineData("plugins", "list", "--url", "not a url")]
    public async Task Run_BadArguments_IsAUsageErrorWithAMessage(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("cc: ", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Run_Help_ListsTheCommandGroups()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("plugins", run.Output, StringComparison.Ordinal);
        Assert.Contains("version", run.Output, StringComparison.Ordinal);
        Assert.Contains("--data-dir", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PluginsHelp_ListsEveryVerb()
    {
        var run = await CliRun.RunAsync("plugins", "--help");

        Assert.All(["list", "install", "enable", "disable", "upgrade", "uninstall"], verb => Assert.Contains(verb, run.Output, StringComparison.Ordinal));
    }
}
