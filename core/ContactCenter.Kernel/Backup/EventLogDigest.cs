namespace ContactCenter.Kernel.Backup;

/// <summary>The event log in short: how many events, the last sequence, and a SHA-256 over every event in sequence order.</summary>
/// <param name="Count">How many events.</param>
/// <param name="LastSequence">The highest sequence (0 when empty).</param>
/// <param name="Sha256">The checksum (lower-case hex).</param>
public sealed record EventLogDigest(long Count, long LastSequence, string Sha256);
