namespace ContactCenter.Sdk.Audit;

/// <summary>One entry a plugin writes to the audit log (<see cref="IAuditTrail"/>).</summary>
/// <param name="Action">What was done, dotted lower case (<c>recording.played</c>), at most 64 characters.</param>
/// <param name="Target">What it was done to, relative to the plugin (<c>recordings/rec-1</c>), at most 256 characters.</param>
public sealed record AuditTrailEntry(string Action, string Target)
{
    /// <summary>Whether it was carried out, failed or refused; <see cref="AuditTrailOutcome.Success"/> by default.</summary>
    public AuditTrailOutcome Outcome { get; init; } = AuditTrailOutcome.Success;

    /// <summary>A short, non-secret detail (a status, which filters were used); never a secret or personal data in clear.</summary>
    public string? Detail { get; init; }

    /// <summary>The caller's address when the action came over the network (e.g. <c>IPluginHttpContext.RemoteAddress</c>).</summary>
    public string? SourceIp { get; init; }
}
