namespace ContactCenter.Kernel.Storage;

/// <summary>An event as stored in the log.</summary>
/// <param name="Sequence">Position in the global log: strictly increasing, assigned at commit.</param>
/// <param name="Stream">The stream the event belongs to (e.g. an interaction id).</param>
/// <param name="Type">The event type.</param>
/// <param name="Json">The event data as JSON text.</param>
/// <param name="Time">When the event happened (UTC).</param>
public sealed record StoredEvent(long Sequence, string Stream, string Type, string Json, DateTimeOffset Time);
