namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>
/// Access review campaigns (issue 5): an administrator, or a supervisor for their own teams, opens a campaign that
/// snapshots each in-scope account's access; reviewers confirm or revoke each item (never their own); the campaign
/// closes when every item is decided or when closed explicitly. Every decision is audited with before/after digests.
/// A scoped supervisor sees only the items of accounts in their teams and cannot decide the others (403).
/// </summary>
public interface IAccessReviewCampaigns
{
    /// <summary>Opens a campaign (audited <c>access-review.opened</c>).</summary>
    /// <param name="request">Name, scope and due date.</param>
    /// <param name="reviewer">Who opens it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The campaign with its snapshot.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">Name, teams or due date invalid (all listed); nothing written.</exception>
    /// <exception cref="Sdk.Errors.PermissionDeniedException">A scoped supervisor asked for teams they do not supervise, or for everyone.</exception>
    Task<AccessReviewCampaign> OpenAsync(NewAccessReviewCampaign request, AccessReviewer reviewer, CancellationToken cancellationToken = default);

    /// <summary>The campaigns the reviewer can see, newest first, their items filtered to what the reviewer may see.</summary>
    /// <param name="reviewer">Who asks.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The campaigns.</returns>
    Task<IReadOnlyList<AccessReviewCampaign>> ListAsync(AccessReviewer reviewer, CancellationToken cancellationToken = default);

    /// <summary>One campaign, its items filtered to what the reviewer may see.</summary>
    /// <param name="id">The campaign id.</param>
    /// <param name="reviewer">Who asks.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The campaign.</returns>
    /// <exception cref="Sdk.Errors.EntityNotFoundException">No such campaign, or none the reviewer can see.</exception>
    Task<AccessReviewCampaign> GetAsync(string id, AccessReviewer reviewer, CancellationToken cancellationToken = default);

    /// <summary>
    /// Decides one item: confirm, or revoke (remove roles under review and/or disable the account, with a reason). The
    /// account change goes through <see cref="Users.IUserAccounts"/> (audited there too); the decision is audited
    /// <c>access-review.confirmed</c> / <c>access-review.revoked</c> on <c>user/{id}</c>. The last decision closes the campaign.
    /// </summary>
    /// <param name="id">The campaign id.</param>
    /// <param name="userId">The account under review.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="reviewer">Who decides.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The campaign after the decision.</returns>
    Task<AccessReviewCampaign> DecideAsync(
        string id, string userId, AccessReviewDecisionRequest decision, AccessReviewer reviewer, CancellationToken cancellationToken = default);

    /// <summary>Closes a campaign explicitly, leaving its undecided items reported (audited <c>access-review.closed</c>).</summary>
    /// <param name="id">The campaign id.</param>
    /// <param name="reviewer">Who closes it: an unscoped reviewer, or the supervisor who opened it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The closed campaign.</returns>
    Task<AccessReviewCampaign> CloseAsync(string id, AccessReviewer reviewer, CancellationToken cancellationToken = default);
}
