// Benchmarks print figures; they are not tests. Usage:
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- lifecycle [--store memory|litedb] [--count N] [--agents N] [--concurrency N] [--external-ids]
//   dotnet run -c Release --project tests/ContactCenter.Benchmarks -- storage [--count N] [--concurrency N] [--queries N] [--postgres CONNECTION]
using ContactCenter.Benchmarks;

if (args.Length > 0 && args[0] == "storage")
{
    try
    {
        return await StorageBenchmark.RunAsync(StorageBenchmarkOptions.Parse(args.AsSpan(1)));
    }
    catch (ArgumentException error)
    {
        await Console.Error.WriteLineAsync(error.Message);
        return 2;
    }
}

if (args.Length == 0 || args[0] != "lifecycle")
{
    await Console.Error.WriteLineAsync("Usage: lifecycle [--store memory|litedb] [--count N] [--agents N] [--concurrency N] [--external-ids] [--data-dir PATH]");
    await Console.Error.WriteLineAsync("       storage [--count N] [--concurrency N] [--queries N] [--postgres CONNECTION]");
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
