using System.Diagnostics;
using HdrHistogram;

namespace ContactCenter.Benchmarks;

/// <summary>Latency histograms (microseconds) per lifecycle step, safe to record from many workers.</summary>
internal sealed class TransitionTimings
{
    public static readonly string[] Steps = ["create", "enqueue (Created→Queued)", "offer (Queued→Offered)", "accept (Offered→Connected)", "end (Connected→WrapUp)", "close (WrapUp→Closed)", "whole interaction"];

    private readonly LongHistogram[] _histograms = Steps.Select(_ => new LongHistogram(TimeSpan.FromMinutes(5).Ticks / 10, 3)).ToArray();
    private readonly Lock _gate = new();

    public void Record(int step, long startTimestamp, long endTimestamp)
    {
        var micros = (long)Stopwatch.GetElapsedTime(startTimestamp, endTimestamp).TotalMicroseconds;
        lock (_gate)
        {
            _histograms[step].RecordValue(Math.Max(1, micros));
        }
    }

    public void Print(TextWriter output)
    {
        output.WriteLine($"{"step",-28} {"p50 ms",10} {"p99 ms",10} {"max ms",10}");
        for (var i = 0; i < Steps.Length; i++)
        {
            var h = _histograms[i];
            output.WriteLine(FormattableString.Invariant($"{Steps[i],-28} {h.GetValueAtPercentile(50) / 1000.0,10:F3} {h.GetValueAtPercentile(99) / 1000.0,10:F3} {h.GetMaxValue() / 1000.0,10:F3}"));
        }
    }
}
