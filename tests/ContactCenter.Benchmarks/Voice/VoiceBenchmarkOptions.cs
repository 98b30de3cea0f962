using System.Globalization;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>Options of <c>voice</c>; every value is checked (a bad one is an <see cref="ArgumentException"/>).</summary>
internal sealed record VoiceBenchmarkOptions
{
    private const int DefaultCpsAgents = 200;

    public IReadOnlySet<string> Parts { get; init; } = new HashSet<string>(["cps", "concurrent", "register"], StringComparer.Ordinal);

    public IReadOnlyList<double> Rates { get; init; } = [10, 20, 40, 60, 80, 100, 130, 160, 200, 250, 300];

    public int StepSeconds { get; init; } = 5;

    public int HoldMilliseconds { get; init; } = 2000;

    public IReadOnlyList<int> Concurrency { get; init; } = [25, 50, 100, 150, 200, 300, 400, 500];

    public double RampRate { get; init; } = 50;

    public int WindowSeconds { get; init; } = 8;

    /// <summary>Share of the 20 ms ticks a concurrency step may miss and still pass, in percent.</summary>
    public double MaxBehindPercent { get; init; } = 5;

    public int RegisterSeconds { get; init; } = 10;

    public int Clients { get; init; } = 8;

    public int Rounds { get; init; } = 2;

    /// <summary>Full host: agents given with --agents; null sizes them from the parts (<see cref="Agents"/>).</summary>
    public int? AgentsGiven { get; init; }

    /// <summary>
    /// Full host (<c>host-cps</c>, <c>host-concurrent</c>): agents with registered phones, one call each at a time.
    /// Unless given, 200 for host-cps and the largest --host-concurrency step for host-concurrent (the larger of the
    /// two when both run), so a concurrency step is never short of agents.
    /// </summary>
    public int Agents => AgentsGiven ?? Math.Max(
        Parts.Contains("host-cps") ? DefaultCpsAgents : 0,
        Parts.Contains("host-concurrent") ? HostConcurrency.DefaultIfEmpty(0).Max() : 0);

    /// <summary>Full host: the store the host runs on, with encryption at rest either way.</summary>
    public VoiceHostStorage Storage { get; init; } = VoiceHostStorage.LiteDb;

    /// <summary>Full host: the line answers with the greeting (2.7 s) before queueing; off: queued at once, 180 then 200 on the bridge.</summary>
    public bool Greeting { get; init; } = true;

    public IReadOnlyList<double> HostRates { get; init; } = [5, 10, 15, 20, 30, 40, 50, 60];

    /// <summary>Full host: how long each customer stays after the 200 (greeting, queue, ring and bridge included).</summary>
    public int HostHoldMilliseconds { get; init; } = 6000;

    public IReadOnlyList<int> HostConcurrency { get; init; } = [50, 100, 150, 200, 250, 300, 400];

    public double HostRampRate { get; init; } = 10;

    /// <summary>Full host, concurrency: share of the 20 ms ticks (recorded audio short of wall time) a step may miss and still pass, in percent.</summary>
    public double HostMaxLatePercent { get; init; } = 1;

    public static VoiceBenchmarkOptions Parse(ReadOnlySpan<string> args)
    {
        var o = new VoiceBenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value");
            o = name switch
            {
                "--parts" => o with { Parts = ParseParts(value) },
                "--rates" => o with { Rates = List(value, v => Positive(name, double.Parse(v, CultureInfo.InvariantCulture))) },
                "--step-seconds" => o with { StepSeconds = Positive(name, Int(value)) },
                "--hold-ms" => o with { HoldMilliseconds = Positive(name, Int(value)) },
                "--concurrency" => o with { Concurrency = List(value, v => Positive(name, Int(v))) },
                "--ramp-rate" => o with { RampRate = Positive(name, double.Parse(value, CultureInfo.InvariantCulture)) },
                "--max-behind" => o with { MaxBehindPercent = Positive(name, double.Parse(value, CultureInfo.InvariantCulture)) },
                "--window" => o with { WindowSeconds = Positive(name, Int(value)) },
                "--register-seconds" => o with { RegisterSeconds = Positive(name, Int(value)) },
                "--clients" => o with { Clients = Positive(name, Int(value)) },
                "--rounds" => o with { Rounds = Positive(name, Int(value)) },
                "--agents" => o with { AgentsGiven = Positive(name, Int(value)) },
                "--storage" => o with { Storage = value switch { "litedb" => VoiceHostStorage.LiteDb, "postgres" => VoiceHostStorage.Postgres, _ => throw new ArgumentException("--storage takes litedb or postgres") } },
                "--host-max-late" => o with { HostMaxLatePercent = Positive(name, double.Parse(value, CultureInfo.InvariantCulture)) },
                "--greeting" => o with { Greeting = value switch { "on" => true, "off" => false, _ => throw new ArgumentException("--greeting takes on or off") } },
                "--host-rates" => o with { HostRates = List(value, v => Positive(name, double.Parse(v, CultureInfo.InvariantCulture))) },
                "--host-hold-ms" => o with { HostHoldMilliseconds = Positive(name, Int(value)) },
                "--host-concurrency" => o with { HostConcurrency = List(value, v => Positive(name, Int(v))) },
                "--host-ramp-rate" => o with { HostRampRate = Positive(name, double.Parse(value, CultureInfo.InvariantCulture)) },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }

        var largest = o.HostConcurrency.DefaultIfEmpty(0).Max();
        return o.Parts.Contains("host-concurrent") && o.AgentsGiven is { } agents && largest > agents
            ? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"--host-concurrency {largest} needs {largest} agents (one call each) and --agents is {agents}: raise --agents or leave it out to size it from the steps"))
            : o;
    }

    private static HashSet<string> ParseParts(string value)
    {
        var parts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = parts.Where(p => p is not ("cps" or "concurrent" or "register" or "host-cps" or "host-concurrent")).ToList();
        return unknown.Count == 0 && parts.Count > 0
            ? parts
            : throw new ArgumentException($"--parts takes cps, concurrent, register, host-cps and host-concurrent; unknown: {string.Join(", ", unknown)}");
    }

    private static List<T> List<T>(string value, Func<string, T> parse) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(parse)];

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static T Positive<T>(string name, T value)
        where T : System.Numerics.INumber<T> =>
        value > T.Zero ? value : throw new ArgumentException($"{name} must be positive");
}
