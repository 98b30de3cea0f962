namespace ContactCenter.Plugins.Channels.Email.Threads;

/// <summary>When a sender was last acknowledged automatically by a mailbox.</summary>
/// <param name="SentAt">The time the acknowledgement was claimed.</param>
internal sealed record AckRecord(DateTimeOffset SentAt);
