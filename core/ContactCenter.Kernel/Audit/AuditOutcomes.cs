namespace ContactCenter.Kernel.Audit;

/// <summary>Values of <see cref="AuditEntry.Outcome"/>.</summary>
public static class AuditOutcomes
{
    /// <summary>The action was carried out.</summary>
    public const string Success = "success";

    /// <summary>The action was attempted and failed (a wrong password, a refused request).</summary>
    public const string Failure = "failure";

    /// <summary>The caller lacked the permission.</summary>
    public const string Denied = "denied";
}
