namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>One account in a campaign: its access when the campaign opened, and the decision taken on it.</summary>
/// <param name="Access">The account's access when the campaign opened (roles, permissions, teams, last sign-in, MFA, idle).</param>
public sealed record AccessReviewItem(UserAccessEntry Access)
{
    /// <summary>The decision, or <see langword="null"/> while undecided.</summary>
    public AccessReviewDecision? Decision { get; init; }
}
