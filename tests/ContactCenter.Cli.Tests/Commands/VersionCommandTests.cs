using ContactCenter.Cli.Tests.Support;
using ContactCenter.Sdk;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Cli.Tests.Commands;

public sealed class VersionCommandTests
{
    [Fact]
    public async Task Version_NoHost_PrintsCliAndSdkAndSaysHostNotRunning()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("cc-ver-").FullName;
        try
        {
            var run = await CliRun.RunAsync("version", "--data-dir", dataDirectory);

            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Contains($"sdk   {SdkInfo.InformationalVersion}", run.Output, StringComparison.Ordinal);
            Assert.Matches(@"cc +\d+\.\d+\.\d+", run.Output);
            Assert.Contains("host  not running", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Version_HostRunning_PrintsHostVersionAndAddress()
    {
        await using var host = await RunningHost.StartAsync();

        var run = await CliRun.RunAsync("version", "--data-dir", host.DataDirectory, "--json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(host.BaseAddress.ToString(), run.Output, StringComparison.Ordinal);
        Assert.Contains("\"host\": \"0.1.0", run.Output, StringComparison.Ordinal);
    }
}
