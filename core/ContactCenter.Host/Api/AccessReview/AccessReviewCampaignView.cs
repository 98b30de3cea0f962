using ContactCenter.Kernel.Identity.AccessReview;

namespace ContactCenter.Host.Api.AccessReview;

/// <summary>A campaign as the API shows it: its items (as the caller may see them) and how many are still undecided.</summary>
internal sealed record AccessReviewCampaignView(
    string Id, string Name, IReadOnlyList<string> TeamIds, DateTimeOffset DueAt, string OpenedBy, DateTimeOffset OpenedAt,
    AccessReviewStatus Status, DateTimeOffset? ClosedAt, string? ClosedBy, int Undecided, IReadOnlyList<AccessReviewItem> Items)
{
    public static AccessReviewCampaignView Of(AccessReviewCampaign campaign) => new(
        campaign.Id, campaign.Name, campaign.TeamIds, campaign.DueAt, campaign.OpenedBy, campaign.OpenedAt, campaign.Status, campaign.ClosedAt,
        campaign.ClosedBy, campaign.Undecided.Count(), campaign.Items);
}
