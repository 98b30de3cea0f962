namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>
/// Service order within one queue: highest order key (priority plus ageing), then original queue time, then id.
/// With one ageing rate per queue, priority + rate × minutes waited = (priority − rate × minutes since the epoch at
/// queue time) + rate × now, so the order of two items of the same queue never changes while they wait.
/// </summary>
internal sealed class ItemOrder : IComparer<EngineItem>
{
    public static ItemOrder Instance { get; } = new();

    public static double KeyOf(int priority, double ageingPerMinute, DateTimeOffset queuedAt) =>
        priority - (ageingPerMinute * (queuedAt - DateTimeOffset.UnixEpoch).TotalMinutes);

    public int Compare(EngineItem? x, EngineItem? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        var byKey = y!.OrderKey.CompareTo(x!.OrderKey);
        if (byKey != 0)
        {
            return byKey;
        }

        var byTime = x.QueuedAt.CompareTo(y.QueuedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(x.Id, y.Id);
    }
}
