namespace ContactCenter.Kernel.Audit.Verification;

/// <summary>One problem the verifier found.</summary>
/// <param name="Kind">What.</param>
/// <param name="Sequence">The sequence number concerned.</param>
/// <param name="Line">The line of the export file (or position in the store read), from 1, when known.</param>
/// <param name="Message">A sentence for the auditor.</param>
public sealed record AuditFinding(AuditFindingKind Kind, long Sequence, long? Line, string Message);
