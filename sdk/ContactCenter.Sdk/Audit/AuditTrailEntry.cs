namespace ContactCenter.Sdk.Audit;

/// <summary>One entry a plugin writes to the audit log (<see cref="IAuditTrail"/>).</summary>
/// <param name="Action">What was done, dotted lower case (<c>recording.played</c>, <c>settings.account.changed</c>), at most 64 characters.</param>
/// <param name="Target">What it was done to, relative to the plugin (<c>recordings/rec-1</c>), at most 256 characters.</param>
public sealed record AuditTrailEntry(string Action, string Target)
{
    /// <summary>Whether it was carried out, failed or refused; <see cref="AuditTrailOutcome.Success"/> by default.</summary>
    public AuditTrailOutcome Outcome { get; init; } = AuditTrailOutcome.Success;

    /// <summary>A short, non-secret detail (a status, which filters were used); never a secret or personal data in clear.</summary>
    public string? Detail { get; init; }

    /// <summary>The caller's address when the action came over the network (e.g. <c>IPluginHttpContext.RemoteAddress</c>).</summary>
    public string? SourceIp { get; init; }

    /// <summary>
    /// For a change: the state before it in its stored form (secrets encrypted or left out), or <see langword="null"/>
    /// when it did not exist. Only its SHA-256 digest is kept, so entries prove what changed without holding the data.
    /// </summary>
    public string? Before { get; init; }

    /// <summary>For a change: the state after it in its stored form, or <see langword="null"/> when it was removed. Only its SHA-256 digest is kept.</summary>
    public string? After { get; init; }
}
