namespace ContactCenter.Kernel.Audit;

/// <summary>An export file as read.</summary>
/// <param name="Header">The header line, when present.</param>
/// <param name="Entries">The entries and their line numbers, in file order.</param>
/// <param name="Checkpoints">The checkpoints.</param>
public sealed record AuditExport(AuditExportHeader? Header, IReadOnlyList<(AuditRecord Record, long Line)> Entries, IReadOnlyList<AuditCheckpoint> Checkpoints);
