namespace ContactCenter.Kernel.Metrics;

/// <summary>
/// Window sums for one scope key in 10-second buckets (a ring), so a snapshot adds up at most window ÷ 10 s buckets
/// however many contacts there were. Not thread-safe: the engine holds its lock.
/// </summary>
internal sealed class RollingCounters(TimeSpan window)
{
    public const int BucketSeconds = 10;

    private readonly Bucket[] _buckets = new Bucket[Math.Max(1, (int)Math.Ceiling(window.TotalSeconds / BucketSeconds))];

    public void Add(DateTimeOffset at, Action<Bucket> change)
    {
        var id = at.ToUnixTimeSeconds() / BucketSeconds;
        var slot = (int)(id % _buckets.Length);
        if (_buckets[slot] is not { } bucket || bucket.Id != id)
        {
            if (_buckets[slot] is { } old && old.Id > id)
            {
                return; // Older than the window: nothing to count.
            }

            bucket = new Bucket { Id = id };
            _buckets[slot] = bucket;
        }

        change(bucket);
    }

    /// <summary>The sums of the buckets inside the window ending at <paramref name="now"/>.</summary>
    public Bucket Sum(DateTimeOffset now)
    {
        var newest = now.ToUnixTimeSeconds() / BucketSeconds;
        var oldest = newest - _buckets.Length + 1;
        var sum = new Bucket();
        foreach (var b in _buckets)
        {
            if (b is not null && b.Id >= oldest && b.Id <= newest)
            {
                sum.Answered += b.Answered;
                sum.AnsweredWithin += b.AnsweredWithin;
                sum.Abandoned += b.Abandoned;
                sum.AbandonedAfter += b.AbandonedAfter;
                sum.AnswerSeconds += b.AnswerSeconds;
                sum.Handled += b.Handled;
                sum.HandleSeconds += b.HandleSeconds;
                sum.Transfers += b.Transfers;
                sum.Internal += b.Internal;
            }
        }

        return sum;
    }

    /// <summary>One bucket's sums.</summary>
    internal sealed class Bucket
    {
        public long Id { get; init; }

        public int Answered { get; set; }

        public int AnsweredWithin { get; set; }

        public int Abandoned { get; set; }

        public int AbandonedAfter { get; set; }

        public double AnswerSeconds { get; set; }

        public int Handled { get; set; }

        public double HandleSeconds { get; set; }

        public int Transfers { get; set; }

        public int Internal { get; set; }
    }
}
