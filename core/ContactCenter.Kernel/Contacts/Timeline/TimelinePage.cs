namespace ContactCenter.Kernel.Contacts.Timeline;

/// <summary>One page of a customer's timeline, newest first.</summary>
/// <param name="ContactId">The contact the timeline is of (the live one, when a merged contact's id was asked for).</param>
/// <param name="Items">The interactions on this page.</param>
/// <param name="Cursor">Pass it back for the next (older) page; <see langword="null"/> on the last page.</param>
public sealed record TimelinePage(string ContactId, IReadOnlyList<TimelineEntry> Items, string? Cursor);
