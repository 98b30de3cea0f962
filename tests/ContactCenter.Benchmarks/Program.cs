// Benchmarks print figures; they are not tests. Usage:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- lifecycle [--store memory|litedb] [--count N] [--agents N] [--concurrency N] [--external-ids]
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- routing [--agents N] [--queues N] [--skills N] [--waiting N] [--events N] [--seed N]
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- sip [--seconds N] [--clients N]
using ContactCenter.Benchmarks;
using ContactCenter.Benchmarks.Sip;

if (args.Length > 0 && args[0] == "sip")
{
    return await SipBenchmark.RunAsync(args.AsSpan(1).ToArray());
}

if (args.Length > 0 && args[0] == "routing")
{
    try
    {
        var routing = RoutingBenchmarkOptions.Parse(args.AsSpan(1));
        return RoutingBenchmark.Run(routing.Agents, routing.Queues, routing.Skills, routing.Waiting, routing.Events, routing.Seed);
    }
    catch (ArgumentException error)
    {
        await Console.Error.WriteLineAsync(error.Message);
        return 2;
    }
}

if (args.Length == 0 || args[0] != "lifecycle")
{
    await Console.Error.WriteLineAsync("Usage: sip [--seconds N] [--clients N] | lifecycle [--store memory|litedb] [--count N] [--agents N] [--concurrency N] [--external-ids] [--data-dir PATH]");
    await Console.Error.WriteLineAsync("       routing [--agents N] [--queues N] [--skills N] [--waiting N] [--events N] [--seed N]");
    return 2;
}

LifecycleOptions options;
try
{
    options = LifecycleOptions.Parse(args.AsSpan(1));
}
catch (ArgumentException error)
{
    await Console.Error.WriteLineAsync(error.Message);
    return 2;
}

return await LifecycleBenchmark.RunAsync(options);
