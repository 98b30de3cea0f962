using System.Diagnostics;
using System.Globalization;

namespace ContactCenter.Benchmarks.Realtime;

/// <summary>The process's CPU time over a phase, as cores busy on average (host and clients share the process).</summary>
internal sealed class CpuMeter
{
    private readonly TimeSpan _cpu;
    private readonly long _started;

    private CpuMeter(TimeSpan cpu, long started)
    {
        _cpu = cpu;
        _started = started;
    }

    public static CpuMeter Start() => new(Process.GetCurrentProcess().TotalProcessorTime, Stopwatch.GetTimestamp());

    public TimeSpan Cpu => Process.GetCurrentProcess().TotalProcessorTime - _cpu;

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"process CPU {Cpu.TotalSeconds:F1} s over {Elapsed.TotalSeconds:F1} s = {Cpu / Elapsed:F2} of {Environment.ProcessorCount} cores; load average {LoadAverage()}");

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
