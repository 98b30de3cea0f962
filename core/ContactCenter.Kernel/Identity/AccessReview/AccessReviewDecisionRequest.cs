namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>A reviewer's decision on one item.</summary>
/// <param name="Outcome">Confirm or revoke.</param>
/// <param name="RemoveRoles">Revoke: the roles under review to remove; <see langword="null"/> removes every role under review unless <paramref name="Disable"/> alone is asked.</param>
/// <param name="Disable">Revoke: disable the account.</param>
/// <param name="Reason">Why; required to revoke (at most 500 characters).</param>
public sealed record AccessReviewDecisionRequest(AccessReviewOutcome? Outcome, IReadOnlyList<string>? RemoveRoles, bool Disable, string? Reason);
