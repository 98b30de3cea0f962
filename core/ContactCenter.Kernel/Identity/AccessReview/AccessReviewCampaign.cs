using System.Text.Json.Serialization;

namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>
/// An access review campaign (issue 5): a snapshot of each in-scope account's access, decided item by item. Stored as one
/// document in <see cref="Storage.KernelCollections.AccessReviewCampaigns"/>; decisions are written at the version read.
/// </summary>
/// <param name="Id">The campaign id (<c>arc-</c> and 20 hex digits).</param>
/// <param name="Name">A name for people.</param>
/// <param name="TeamIds">The teams in scope; empty means every account.</param>
/// <param name="DueAt">When the reviewers should be done (reported as overdue after it; nothing closes by itself).</param>
/// <param name="OpenedBy">The audit actor who opened it.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="Items">One item per account in scope when it was opened.</param>
public sealed record AccessReviewCampaign(
    string Id, string Name, IReadOnlyList<string> TeamIds, DateTimeOffset DueAt, string OpenedBy, DateTimeOffset OpenedAt,
    IReadOnlyList<AccessReviewItem> Items)
{
    /// <summary>Open or closed.</summary>
    public AccessReviewStatus Status { get; init; } = AccessReviewStatus.Open;

    /// <summary>When it closed (every item decided, or closed explicitly).</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Who closed it explicitly, or <c>system</c> when the last decision closed it.</summary>
    public string? ClosedBy { get; init; }

    /// <summary>The items nobody decided (left so when it was closed explicitly).</summary>
    [JsonIgnore]
    public IEnumerable<AccessReviewItem> Undecided => Items.Where(i => i.Decision is null);
}
