using System.Globalization;

namespace ContactCenter.Benchmarks.Supervisor;

/// <summary>Options of the supervisor benchmark; the defaults finish in about two and a half minutes on a 2-core machine.</summary>
internal sealed record SupervisorOptions
{
    public string Store { get; init; } = "memory";

    public int Agents { get; init; } = 2000;

    public int Teams { get; init; } = 20;

    public int Queues { get; init; } = 20;

    /// <summary>New interactions per second, each living through Queued → Offered → Connected → WrapUp → Closed (or Abandoned).</summary>
    public int Rate { get; init; } = 200;

    /// <summary>Measured seconds of sustained traffic (after a 10 s warm-up).</summary>
    public int Duration { get; init; } = 60;

    public int Supervisors { get; init; } = 200;

    /// <summary><c>CC:Metrics:PublishInterval</c> in milliseconds (the product's default is 2,000).</summary>
    public int PublishMs { get; init; } = 2000;

    /// <summary>Whether the host relays every transition and presence change to supervisors too (it does in production).</summary>
    public bool Relay { get; init; } = true;

    public static SupervisorOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new SupervisorOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--store" when value is "memory" or "litedb" => options with { Store = value },
                "--store" => throw new ArgumentException($"Unknown store '{value}': use memory or litedb."),
                "--agents" => options with { Agents = Positive(args[i], value) },
                "--teams" => options with { Teams = Positive(args[i], value) },
                "--queues" => options with { Queues = Positive(args[i], value) },
                "--rate" => options with { Rate = Positive(args[i], value) },
                "--duration" => options with { Duration = Positive(args[i], value) },
                "--supervisors" => options with { Supervisors = Positive(args[i], value) },
                "--publish-ms" => options with { PublishMs = Positive(args[i], value) },
                "--relay" when value is "on" or "off" => options with { Relay = value == "on" },
                "--relay" => throw new ArgumentException("--relay takes on or off."),
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options.PublishMs > 2000
            ? throw new ArgumentException("--publish-ms may not exceed 2000: the product publishes at least every 2 s.")
            : options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive integer.");
}
