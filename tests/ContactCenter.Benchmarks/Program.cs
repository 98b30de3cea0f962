// Benchmarks print figures; they are not tests. Usage:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- lifecycle [--store memory|litedb] [--count N] [--agents N] [--concurrency N] [--external-ids]
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- identity [N]
using System.Globalization;
using ContactCenter.Benchmarks;

if (args.Length > 0 && args[0] == "identity")
{
    return await IdentityBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000);
}

if (args.Length == 0 || args[0] != "lifecycle")
{
    await Console.Error.WriteLineAsync("Usage: identity [N] | lifecycle [--store memory|litedb] [--count N] [--agents N] [--concurrency N] [--external-ids] [--data-dir PATH]");
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
