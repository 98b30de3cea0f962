using ContactCenter.Cli.Tests.Support;

namespace ContactCenter.Cli.Tests.Commands;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cc-sim-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Routing_TwoStrategiesOnOneFile_SideBySideTable()
    {
        var day = await GenerateAsync("day.json", seed: 1);
        var train = await GenerateAsync("train.json", seed: 1001);

        var run = await CliRun.RunAsync("simulate", "routing", "--traffic", day, "--train", train, "--strategy", "longest-idle", "--strategy", "predictive", "--per-agent");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("| longest-idle | ", run.Output, StringComparison.Ordinal);
        Assert.Contains("| predictive | ", run.Output, StringComparison.Ordinal);
        Assert.Contains("| agent003 | ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Routing_PredictiveWithoutTraining_RefusedSayingWhy()
    {
        var day = await GenerateAsync("day.json", seed: 1);

        var run = await CliRun.RunAsync("simulate", "routing", "--traffic", day, "--strategy", "predictive");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--train FILE", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Routing_UnknownStrategy_RefusedListingKnownOnes()
    {
        var day = await GenerateAsync("day.json", seed: 1);

        var run = await CliRun.RunAsync("simulate", "routing", "--traffic", day, "--strategy", "psychic");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Unknown strategy 'psychic'", run.Error, StringComparison.Ordinal);
        Assert.Contains("skill-weighted", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json", "is not a valid traffic file")]
    [InlineData("""{"start":"2026-03-02T09:00:00Z","queues":[],"agents":[],"arrivals":[{"id":"a","atSeconds":1,"queueId":"nope","channel":"Voice","handleSeconds":0,"patienceSeconds":5,"draws":[0.1]}]}""", "unknown queues: nope")]
    public async Task Routing_BadTrafficFile_RefusedNamingTheProblem(string content, string expected)
    {
        var path = Path.Combine(_directory, "bad.json");
        await File.WriteAllTextAsync(path, content);

        var run = await CliRun.RunAsync("simulate", "routing", "--traffic", path, "--strategy", "longest-idle");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Routing_MissingFile_RefusedWithHowToMakeOne()
    {
        var run = await CliRun.RunAsync("simulate", "routing", "--traffic", Path.Combine(_directory, "none.json"), "--strategy", "longest-idle");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("cc simulate generate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_BadOptions_RefusedAndNoFileWritten()
    {
        var path = Path.Combine(_directory, "x.json");

        var run = await CliRun.RunAsync("simulate", "generate", "--out", path, "--agents", "0", "--hours", "99");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("agents must be", run.Error, StringComparison.Ordinal);
        Assert.Contains("hours must be", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Evaluate_SmallDay_PredictiveGainsAndControlShowsNone()
    {
        var run = await CliRun.RunAsync("simulate", "evaluate", "--seeds", "2", "--agents", "20", "--hours", "4");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var control = run.Output[run.Output.IndexOf("control: identical agents", StringComparison.Ordinal)..];
        Assert.Contains("mean Δ outcome +0.0000", control, StringComparison.Ordinal);
    }

    private async Task<string> GenerateAsync(string name, int seed)
    {
        var path = Path.Combine(_directory, name);
        var run = await CliRun.RunAsync("simulate", "generate", "--out", path, "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--agents", "12", "--hours", "2");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        return path;
    }
}
