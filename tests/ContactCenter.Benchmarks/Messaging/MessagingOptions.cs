using System.Globalization;

namespace ContactCenter.Benchmarks.Messaging;

/// <summary>Options of the messaging benchmark; the defaults finish in about two minutes on a 2-core machine.</summary>
internal sealed record MessagingOptions
{
    public string Store { get; init; } = "memory";

    /// <summary>Distinct WhatsApp customers, each with its own conversation taken by one of the agents.</summary>
    public int Customers { get; init; } = 200;

    public int Agents { get; init; } = 20;

    /// <summary>Concurrent senders; each owns a share of the customers and has one message in flight.</summary>
    public int Senders { get; init; } = 16;

    public int Messages { get; init; } = 2000;

    public int Warmup { get; init; } = 100;

    /// <summary>Agent hub sockets that all receive each fan-out message.</summary>
    public int Sockets { get; init; } = 1000;

    public int Rounds { get; init; } = 20;

    public static MessagingOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new MessagingOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--store" when value is "memory" or "litedb" => options with { Store = value },
                "--store" => throw new ArgumentException($"Unknown store '{value}': use memory or litedb."),
                "--customers" => options with { Customers = Positive(args[i], value) },
                "--agents" => options with { Agents = Positive(args[i], value) },
                "--senders" => options with { Senders = Positive(args[i], value) },
                "--messages" => options with { Messages = Positive(args[i], value) },
                "--warmup" => options with { Warmup = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : throw new ArgumentException("--warmup must be a whole number.") },
                "--sockets" => options with { Sockets = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : throw new ArgumentException("--sockets must be a whole number (0 skips the fan-out).") },
                "--rounds" => options with { Rounds = Positive(args[i], value) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options.Senders > options.Customers
            ? throw new ArgumentException("--senders may not exceed --customers: each sender owns at least one customer's conversation.")
            : options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive integer.");
}
