namespace ContactCenter.Kernel.Audit;

/// <summary>What happened, as a caller reports it to <see cref="IAuditLog"/>. The log adds sequence, time and hashes.</summary>
/// <param name="Actor">Who did it: a user id, <c>client:{clientId}</c>, <c>plugin:{id}</c>, <c>system</c> or <c>anonymous</c>.</param>
/// <param name="Action">What was done, dotted lower-case (<c>user.created</c>, <c>sign-in.failed</c>, <c>plugin.enabled</c>).</param>
/// <param name="Target">What it was done to (<c>user/u-1</c>, <c>plugin/acme.chat</c>, <c>/api/v1/interactions/i-1</c>).</param>
public sealed record AuditEntry(string Actor, string Action, string Target)
{
    /// <summary>SHA-256 (hex) of the target's state before the change, when there was one.</summary>
    public string? BeforeDigest { get; init; }

    /// <summary>SHA-256 (hex) of the target's state after the change, when there is one.</summary>
    public string? AfterDigest { get; init; }

    /// <summary>The caller's IP address, when the action came over the network.</summary>
    public string? SourceIp { get; init; }

    /// <summary>The trace or request id that ties the entry to logs.</summary>
    public string? CorrelationId { get; init; }

    /// <summary><c>success</c> (default), <c>failure</c> or <c>denied</c>.</summary>
    public string Outcome { get; init; } = AuditOutcomes.Success;

    /// <summary>A short, non-secret detail (a reason, a status code); never a password, token or personal data in clear.</summary>
    public string? Detail { get; init; }
}
