using System.Globalization;

namespace ContactCenter.Benchmarks;

/// <summary>Options of the lifecycle benchmark.</summary>
internal sealed record LifecycleOptions
{
    public string Store { get; init; } = "memory";

    public int Count { get; init; } = 5000;

    public int Agents { get; init; } = 100;

    public int Concurrency { get; init; } = 100;

    public int Warmup { get; init; } = 200;

    public string? DataDirectory { get; init; }

    /// <summary>Whether creations carry an external id, so that each goes through the idempotency lookup on the store's index.</summary>
    public bool ExternalIds { get; init; }

    public static LifecycleOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new LifecycleOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--external-ids")
            {
                options = options with { ExternalIds = true };
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--store" when value is "memory" or "litedb" => options with { Store = value },
                "--store" => throw new ArgumentException($"Unknown store '{value}': use memory or litedb."),
                "--count" => options with { Count = Positive(args[i], value) },
                "--agents" => options with { Agents = Positive(args[i], value) },
                "--concurrency" => options with { Concurrency = Positive(args[i], value) },
                "--warmup" => options with { Warmup = int.Parse(value, CultureInfo.InvariantCulture) },
                "--data-dir" => options with { DataDirectory = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
            i++;
        }

        return options.Concurrency > options.Agents
            ? throw new ArgumentException("--concurrency may not exceed --agents: every interaction in flight needs an agent with room for a call.")
            : options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive integer.");
}
