using System.Diagnostics;
using System.Globalization;

namespace ContactCenter.Cli.Backup;

/// <summary>Progress on stderr for long runs: one line per step, and counts or percentages at most twice a second.</summary>
internal sealed class ProgressWriter(TextWriter error)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();

    public void Step(string text) => error.WriteLine(text);

    /// <summary>A progress sink printing <c>{label}: N</c> (or <c>N of TOTAL (P%)</c> when the total is known).</summary>
    public IProgress<long> Counter(string label, long? total = null) => new Sink(this, label, total);

    private void Report(string label, long value, long? total)
    {
        if (_sinceLast.Elapsed < Interval && (total is null || value < total))
        {
            return;
        }

        _sinceLast.Restart();
        error.WriteLine(total is > 0
            ? string.Create(CultureInfo.InvariantCulture, $"  {label}: {value:N0} of {total:N0} ({100.0 * value / total.Value:F0}%)")
            : string.Create(CultureInfo.InvariantCulture, $"  {label}: {value:N0}"));
    }

    // Synchronous on purpose: Progress<T> would post to the thread pool and print out of order.
    private sealed class Sink(ProgressWriter owner, string label, long? total) : IProgress<long>
    {
        public void Report(long value) => owner.Report(label, value, total);
    }
}
