// Benchmarks print figures; they are not tests. Usage:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- lifecycle [--store memory|litedb] [--count N] [--agents N] [--concurrency N] [--external-ids]
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- contacts [--store memory|litedb|postgres] [--count N] [--lookups N] [--connection CS]
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- storage [--count N] [--concurrency N] [--queries N] [--postgres CONNECTION]
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- routing [--agents N] [--queues N] [--skills N] [--waiting N] [--events N] [--seed N]
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- sip [--seconds N] [--clients N]
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- voice [--parts cps,concurrent,register,host-cps,host-concurrent] [--rates R,R..] [--step-seconds N] [--hold-ms N] [--concurrency N,N..] [--ramp-rate R] [--window S] [--max-behind PERCENT] [--register-seconds N] [--clients N] [--rounds N] [--agents N] [--storage litedb|postgres] [--greeting on|off] [--host-rates R,R..] [--host-hold-ms N] [--host-concurrency N,N..] [--host-ramp-rate R] [--host-max-late PERCENT]
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- identity [N]
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- identity-http [N] [CONCURRENCY]
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- supervisor [--store memory|litedb] [--agents N] [--teams N] [--queues N] [--rate N] [--duration S] [--supervisors N] [--publish-ms N] [--relay on|off]
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- messaging [--store memory|litedb] [--customers N] [--agents N] [--senders N] [--messages N] [--sockets N] [--rounds N]
using System.Globalization;
using ContactCenter.Benchmarks;
using ContactCenter.Benchmarks.Messaging;
using ContactCenter.Benchmarks.Supervisor;
using ContactCenter.Benchmarks.Sip;
using ContactCenter.Benchmarks.Voice;

const string Usage = """
    Usage: lifecycle [--store memory|litedb] [--count N] [--agents N] [--concurrency N] [--external-ids] [--data-dir PATH]
           contacts [--store memory|litedb|postgres] [--count N] [--lookups N] [--data-dir PATH] [--connection CS]
           storage [--count N] [--concurrency N] [--queries N] [--postgres CONNECTION]
           routing [--agents N] [--queues N] [--skills N] [--waiting N] [--events N] [--seed N]
           sip [--seconds N] [--clients N]
           voice [--parts cps,concurrent,register,host-cps,host-concurrent] [--rates R,R..] [--step-seconds N] [--hold-ms N] [--concurrency N,N..] [--ramp-rate R] [--window S] [--max-behind PERCENT] [--register-seconds N] [--clients N] [--rounds N] [--agents N] [--storage litedb|postgres] [--greeting on|off] [--host-rates R,R..] [--host-hold-ms N] [--host-concurrency N,N..] [--host-ramp-rate R] [--host-max-late PERCENT]
           identity [N]
           identity-http [N] [CONCURRENCY]
           supervisor [--store memory|litedb] [--agents N] [--teams N] [--queues N] [--rate N] [--duration S] [--supervisors N] [--publish-ms N] [--relay on|off]
           messaging [--store memory|litedb] [--customers N] [--agents N] [--senders N] [--messages N] [--warmup N] [--sockets N] [--rounds N]
    """;

try
{
    return args.FirstOrDefault() switch
    {
        "lifecycle" => await LifecycleBenchmark.RunAsync(LifecycleOptions.Parse(args.AsSpan(1))),
        "contacts" => await ContactsBenchmark.RunAsync(ContactsOptions.Parse(args.AsSpan(1))),
        "storage" => await StorageBenchmark.RunAsync(StorageBenchmarkOptions.Parse(args.AsSpan(1))),
        "routing" => Routing(RoutingBenchmarkOptions.Parse(args.AsSpan(1))),
        "sip" => await SipBenchmark.RunAsync(args[1..]),
        "voice" => await VoiceBenchmark.RunAsync(VoiceBenchmarkOptions.Parse(args.AsSpan(1))),
        "identity" => await IdentityBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000),
        "identity-http" => await IdentityHttpBenchmark.RunAsync(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8),
        "supervisor" => await SupervisorBenchmark.RunAsync(SupervisorOptions.Parse(args.AsSpan(1))),
        "messaging" => await MessagingBenchmark.RunAsync(MessagingOptions.Parse(args.AsSpan(1))),
        _ => await UsageAsync(),
    };
}
catch (Exception error) when (error is ArgumentException or FormatException)
{
    await Console.Error.WriteLineAsync(error.Message);
    return 2;
}

static async Task<int> UsageAsync()
{
    await Console.Error.WriteLineAsync(Usage);
    return 2;
}

static int Routing(RoutingBenchmarkOptions o) => RoutingBenchmark.Run(o.Agents, o.Queues, o.Skills, o.Waiting, o.Events, o.Seed);
