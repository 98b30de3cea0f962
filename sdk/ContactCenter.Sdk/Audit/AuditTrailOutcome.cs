namespace ContactCenter.Sdk.Audit;

/// <summary>How an audited action ended.</summary>
public enum AuditTrailOutcome
{
    /// <summary>The action was carried out.</summary>
    Success = 0,

    /// <summary>The action was attempted and failed.</summary>
    Failure = 1,

    /// <summary>The caller lacked the permission.</summary>
    Denied = 2,
}
