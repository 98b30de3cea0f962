namespace ContactCenter.Kernel.Audit;

/// <summary>
/// One entry of the audit log as stored and exported. <see cref="Hash"/> is the SHA-256 of the entry's canonical form
/// (<see cref="AuditHashing"/>), which includes <see cref="PreviousHash"/>: changing, removing or reordering any entry
/// breaks every link after it.
/// </summary>
/// <param name="Sequence">Position in the log, from 1, without gaps.</param>
/// <param name="Time">When it was appended (UTC).</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What.</param>
/// <param name="Target">On what.</param>
/// <param name="Outcome">success, failure or denied.</param>
/// <param name="BeforeDigest">Digest of the state before, if any.</param>
/// <param name="AfterDigest">Digest of the state after, if any.</param>
/// <param name="SourceIp">The caller's address, if any.</param>
/// <param name="CorrelationId">Trace id, if any.</param>
/// <param name="Detail">A short detail, if any.</param>
/// <param name="PreviousHash">The previous entry's hash (64 zeros for the first).</param>
/// <param name="Hash">This entry's hash.</param>
public sealed record AuditRecord(
    long Sequence,
    DateTimeOffset Time,
    string Actor,
    string Action,
    string Target,
    string Outcome,
    string? BeforeDigest,
    string? AfterDigest,
    string? SourceIp,
    string? CorrelationId,
    string? Detail,
    string PreviousHash,
    string Hash)
{
    /// <summary>The <see cref="PreviousHash"/> of the very first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The document id of an entry: the sequence padded so that ordinal id order is sequence order.</summary>
    /// <param name="sequence">The sequence.</param>
    /// <returns>The id.</returns>
    public static string IdOf(long sequence) => sequence.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
}
