using System.Diagnostics;
using System.Globalization;
using HdrHistogram;

namespace ContactCenter.Benchmarks.Realtime;

/// <summary>Named latency histograms (microsecond resolution, up to 5 minutes), safe to record from many threads, printed as one table.</summary>
internal sealed class LatencyTable
{
    private readonly List<(string Name, LongHistogram Histogram)> _rows = [];
    private readonly Lock _gate = new();

    public LongHistogram Row(string name)
    {
        lock (_gate)
        {
            var row = new LongHistogram(TimeSpan.FromMinutes(5).Ticks / 10, 3);
            _rows.Add((name, row));
            return row;
        }
    }

    public void Record(LongHistogram row, long startTimestamp, long endTimestamp) =>
        RecordMicros(row, (long)Stopwatch.GetElapsedTime(startTimestamp, endTimestamp).TotalMicroseconds);

    public void RecordMicros(LongHistogram row, long micros)
    {
        lock (_gate)
        {
            row.RecordValue(Math.Clamp(micros, 1, row.HighestTrackableValue));
        }
    }

    public void Print(TextWriter output)
    {
        lock (_gate)
        {
            output.WriteLine($"  {"latency (ms)",-52} {"count",8} {"p50",9} {"p90",9} {"p99",9} {"max",9}");
            foreach (var (name, h) in _rows)
            {
                output.WriteLine(h.TotalCount == 0
                    ? $"  {name,-52} {0,8}"
                    : string.Create(CultureInfo.InvariantCulture,
                        $"  {name,-52} {h.TotalCount,8} {Ms(h, 50),9:F2} {Ms(h, 90),9:F2} {Ms(h, 99),9:F2} {h.GetMaxValue() / 1000.0,9:F2}"));
            }
        }
    }

    private static double Ms(LongHistogram h, double percentile) => h.GetValueAtPercentile(percentile) / 1000.0;
}
