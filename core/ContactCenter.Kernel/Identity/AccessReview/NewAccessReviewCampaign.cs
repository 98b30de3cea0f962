namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>What a reviewer asks for when opening a campaign.</summary>
/// <param name="Name">A name for people (1 to 200 characters).</param>
/// <param name="TeamIds">Teams in scope; empty for every account (administrators only).</param>
/// <param name="DueAt">When it is due; must be in the future.</param>
public sealed record NewAccessReviewCampaign(string? Name, IReadOnlyList<string>? TeamIds, DateTimeOffset? DueAt);
