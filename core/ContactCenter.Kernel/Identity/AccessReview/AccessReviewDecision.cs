namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>A decision taken on one item.</summary>
/// <param name="Outcome">Confirmed or revoked.</param>
/// <param name="RemovedRoles">The roles removed (revoked only).</param>
/// <param name="Disabled">Whether the account was disabled (revoked only).</param>
/// <param name="Reason">Why (required to revoke).</param>
/// <param name="DecidedBy">The reviewer's audit actor.</param>
/// <param name="DecidedAt">When.</param>
public sealed record AccessReviewDecision(
    AccessReviewOutcome Outcome, IReadOnlyList<string> RemovedRoles, bool Disabled, string? Reason, string DecidedBy, DateTimeOffset DecidedAt);
