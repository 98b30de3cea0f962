using System.Globalization;

namespace ContactCenter.Benchmarks;

/// <summary>Arguments of the <c>routing</c> benchmark.</summary>
internal sealed record RoutingBenchmarkOptions(int Agents = 5000, int Queues = 200, int Skills = 50, int Waiting = 20_000, int Events = 20_000, int Seed = 7)
{
    public static RoutingBenchmarkOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new RoutingBenchmarkOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                throw new ArgumentException($"'{args[i]}' needs a positive whole number.");
            }

            options = args[i] switch
            {
                "--agents" => options with { Agents = value },
                "--queues" => options with { Queues = value },
                "--skills" => options with { Skills = value },
                "--waiting" => options with { Waiting = value },
                "--events" => options with { Events = value },
                "--seed" => options with { Seed = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options;
    }
}
