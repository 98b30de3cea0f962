using System.Globalization;

namespace ContactCenter.Kernel.Backup;

/// <summary>What a store holds, in short: a digest per collection and one of the event log. Equal contents give equal digests on every provider.</summary>
/// <param name="Collections">One digest per collection, ordered by name.</param>
/// <param name="Events">The event log's digest.</param>
public sealed record StoreContents(IReadOnlyList<CollectionDigest> Collections, EventLogDigest Events)
{
    /// <summary>The documents in every collection together.</summary>
    public long DocumentCount => Collections.Sum(c => c.Count);

    /// <summary>Lists every difference between <paramref name="expected"/> and this, one line each; empty when they match.</summary>
    /// <param name="expected">What should be there (e.g. a backup's manifest).</param>
    /// <returns>The differences.</returns>
    public IReadOnlyList<string> CompareTo(StoreContents expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var problems = new List<string>();
        var actual = Collections.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var want in expected.Collections)
        {
            if (!actual.Remove(want.Name, out var have))
            {
                problems.Add(Line($"collection {want.Name}: missing (expected {want.Count} documents)"));
            }
            else if (have.Count != want.Count)
            {
                problems.Add(Line($"collection {want.Name}: {have.Count} documents, expected {want.Count}"));
            }
            else if (have.Sha256 != want.Sha256)
            {
                problems.Add(Line($"collection {want.Name}: checksum {have.Sha256[..12]}…, expected {want.Sha256[..12]}… (same count, different contents)"));
            }
        }

        problems.AddRange(actual.Values.Select(extra => Line($"collection {extra.Name}: not expected ({extra.Count} documents)")));
        if (Events.Count != expected.Events.Count || Events.LastSequence != expected.Events.LastSequence)
        {
            problems.Add(Line($"event log: {Events.Count} events up to sequence {Events.LastSequence}, expected {expected.Events.Count} up to {expected.Events.LastSequence}"));
        }
        else if (Events.Sha256 != expected.Events.Sha256)
        {
            problems.Add(Line($"event log: checksum {Events.Sha256[..12]}…, expected {expected.Events.Sha256[..12]}… (same count, different contents)"));
        }

        return problems;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
