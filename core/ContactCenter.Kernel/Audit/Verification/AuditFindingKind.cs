namespace ContactCenter.Kernel.Audit.Verification;

/// <summary>What the verifier found wrong.</summary>
public enum AuditFindingKind
{
    /// <summary>An entry's content does not match its hash: it was edited.</summary>
    Altered,

    /// <summary>An entry that is not part of the chain was added (its position is taken, or nothing links to it).</summary>
    Inserted,

    /// <summary>Entries are missing from the middle of the chain.</summary>
    Removed,

    /// <summary>Entries are out of order.</summary>
    Reordered,

    /// <summary>A signed checkpoint names entries that are no longer there: the end of the log was cut off.</summary>
    TruncatedTail,

    /// <summary>The chain links up but disagrees with a signed checkpoint: entries were rewritten and every hash recomputed.</summary>
    Rechained,

    /// <summary>A checkpoint's signature does not verify with any trusted key.</summary>
    BadCheckpoint,
}
