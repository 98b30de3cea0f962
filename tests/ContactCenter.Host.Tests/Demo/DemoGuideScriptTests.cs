using System.Diagnostics;
using ContactCenter.Host.Demo;
using ContactCenter.Host.Tests.EndToEnd;

namespace ContactCenter.Host.Tests.Demo;

/// <summary>Runs the bash lines the demo guide prints, as printed, with curl and jq against a demo host.</summary>
public sealed class DemoGuideScriptTests
{
    private const string Installer = ".ci/deps.d/40-curl-jq.sh";

    [Fact]
    public async Task GuideScript_RunInBash_TakesAnInteractionFromOfferToClosed()
    {
        foreach (var tool in new[] { "bash", "curl", "jq" })
        {
            Assert.True(OnPath(tool), $"'{tool}' is not installed: run {Installer}.");
        }

        using var output = new StringWriter();
        await using var host = await EndToEndHost.StartAsync(demoOutput: output);
        var script = Script(output.ToString());

        var (exitCode, stdout, stderr) = await RunBashAsync(script);

        Assert.True(exitCode == 0, $"The guide's script failed ({exitCode}):\n{stdout}\n{stderr}");
        Assert.Contains("{\"state\":\"Offered\",\"agentId\":\"agent1\"}", stdout, StringComparison.Ordinal);
        Assert.Contains("{\"state\":\"Connected\",\"agentId\":\"agent1\"}", stdout, StringComparison.Ordinal);
        Assert.Contains("{\"state\":\"Closed\",\"disposition\":{\"code\":\"consulta/cobertura\"", stdout, StringComparison.Ordinal);
        Assert.EndsWith("{\"statusId\":\"available\",\"subState\":\"Idle\"}", stdout.TrimEnd(), StringComparison.Ordinal);
    }

    private static string Script(string guide)
    {
        var lines = guide.Split('\n').Select(l => l.TrimEnd('\r'));
        var body = lines.SkipWhile(l => l != DemoGuide.TryHeading).Skip(1).TakeWhile(l => l.Length > 0).Select(l => l.Trim());
        return "set -euo pipefail\n" + string.Join('\n', body) + "\n";
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunBashAsync(string script)
    {
        var start = new ProcessStartInfo("bash", ["-c", script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, tool)));
}
