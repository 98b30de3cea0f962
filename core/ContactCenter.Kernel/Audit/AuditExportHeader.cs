namespace ContactCenter.Kernel.Audit;

/// <summary>The first line of an export: what it holds.</summary>
/// <param name="Format">Always <see cref="AuditExportFormat.FormatName"/>.</param>
/// <param name="ExportedAt">When it was made.</param>
/// <param name="Filtered">Whether actor, target or action filters leave gaps (then only each entry's own hash is checkable).</param>
/// <param name="From">Time range start, if any.</param>
/// <param name="To">Time range end, if any.</param>
/// <param name="Actor">Actor filter, if any.</param>
/// <param name="Target">Target filter, if any.</param>
/// <param name="Action">Action filter, if any.</param>
public sealed record AuditExportHeader(string Format, DateTimeOffset ExportedAt, bool Filtered, DateTimeOffset? From, DateTimeOffset? To, string? Actor, string? Target, string? Action);
