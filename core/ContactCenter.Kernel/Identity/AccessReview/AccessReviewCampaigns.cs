using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>Campaigns on the document store, one document each, changed at the version read; see <see cref="IAccessReviewCampaigns"/>.</summary>
internal sealed class AccessReviewCampaigns(
    IDocumentStore store, AccessReport report, IUserAccounts accounts, IDirectory directory, IAuditLog audit, KernelTime time) : IAccessReviewCampaigns
{
    private const int WriteAttempts = 5;
    private readonly KernelRepository<AccessReviewCampaign> _campaigns = new(store, KernelCollections.AccessReviewCampaigns);

    public async Task<AccessReviewCampaign> OpenAsync(NewAccessReviewCampaign request, AccessReviewer reviewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reviewer);
        var now = time.GetUtcNow();
        var (name, teams, dueAt) = await AccessReviewRules.ValidateAsync(request, reviewer, directory, now, cancellationToken).ConfigureAwait(false);
        var entries = await report.BuildAsync(cancellationToken).ConfigureAwait(false);
        var items = entries.Where(e => teams.Length == 0 || e.TeamIds.Any(teams.Contains)).Select(e => new AccessReviewItem(e)).ToArray();
        if (items.Length == 0)
        {
            throw new InvalidRequestException("teamIds", "No account is in scope.");
        }

        var campaign = new AccessReviewCampaign($"arc-{RandomNumberGenerator.GetHexString(20, lowercase: true)}", name, teams, dueAt, reviewer.Actor, now, items);
        await _campaigns.InsertAsync(campaign.Id, campaign, cancellationToken).ConfigureAwait(false);
        await AuditAsync(reviewer, "access-review.opened", $"access-review/{campaign.Id}", null, Digest(campaign),
            $"{items.Length} accounts; teams: {(teams.Length == 0 ? "all" : string.Join(',', teams))}", cancellationToken).ConfigureAwait(false);
        return campaign;
    }

    public async Task<IReadOnlyList<AccessReviewCampaign>> ListAsync(AccessReviewer reviewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        var all = await _campaigns.ListAsync(null, cancellationToken).ConfigureAwait(false);
        return [.. all.Select(c => Visible(c.Value, reviewer)).Where(c => c.Items.Count > 0 || reviewer.Teams is null)
            .OrderByDescending(c => c.OpenedAt).ThenBy(c => c.Id, StringComparer.Ordinal)];
    }

    public async Task<AccessReviewCampaign> GetAsync(string id, AccessReviewer reviewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        var campaign = Visible((await LoadAsync(id, cancellationToken).ConfigureAwait(false)).Value, reviewer);
        return campaign.Items.Count == 0 && reviewer.Teams is not null ? throw new EntityNotFoundException("access-review", id) : campaign;
    }

    public async Task<AccessReviewCampaign> DecideAsync(
        string id, string userId, AccessReviewDecisionRequest decision, AccessReviewer reviewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(reviewer);
        var (outcome, reason) = AccessReviewRules.ValidateDecision(decision);
        var stored = await LoadAsync(id, cancellationToken).ConfigureAwait(false);
        var item = ItemOf(stored.Value, userId);
        AccessReviewRules.EnsureMayDecide(reviewer, item.Access);
        var removed = outcome == AccessReviewOutcome.Revoked ? AccessReviewRules.RolesToRemove(decision, item.Access) : [];

        var user = await accounts.GetAsync(userId, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("user", userId);
        var before = UserAccessDigest.Of(user);
        var source = new UserChangeSource(reviewer.Actor, reviewer.SourceIp);
        if (removed.Any(user.Roles.Contains))
        {
            user = await accounts.SetRolesAsync(userId, [.. user.Roles.Except(removed, StringComparer.Ordinal)], source, cancellationToken).ConfigureAwait(false);
        }

        if (decision.Disable && outcome == AccessReviewOutcome.Revoked && !user.Disabled)
        {
            user = await accounts.SetDisabledAsync(userId, true, source, cancellationToken).ConfigureAwait(false);
        }

        var taken = new AccessReviewDecision(outcome, removed, decision.Disable && outcome == AccessReviewOutcome.Revoked, reason, reviewer.Actor, time.GetUtcNow());
        var campaign = await RecordAsync(stored, userId, taken, cancellationToken).ConfigureAwait(false);
        var detail = $"campaign {id}" + (removed.Length > 0 ? $"; removed: {string.Join(',', removed)}" : "") + (taken.Disabled ? "; disabled" : "")
            + (reason is null ? "" : $"; reason: {reason}");
        await AuditAsync(reviewer, outcome == AccessReviewOutcome.Confirmed ? "access-review.confirmed" : "access-review.revoked", $"user/{userId}",
            before, UserAccessDigest.Of(user), detail, cancellationToken).ConfigureAwait(false);
        if (campaign.Status == AccessReviewStatus.Closed)
        {
            await AuditAsync(reviewer, "access-review.closed", $"access-review/{id}", null, Digest(campaign), "every item decided", cancellationToken).ConfigureAwait(false);
        }

        return Visible(campaign, reviewer);
    }

    public async Task<AccessReviewCampaign> CloseAsync(string id, AccessReviewer reviewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        var stored = await LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (reviewer.Teams is not null && !string.Equals(stored.Value.OpenedBy, reviewer.Actor, StringComparison.Ordinal))
        {
            throw AccessReviewRules.Forbidden("A supervisor closes only the campaigns they opened.");
        }

        EnsureOpen(stored.Value);
        var before = Digest(stored.Value);
        var closed = stored.Value with { Status = AccessReviewStatus.Closed, ClosedAt = time.GetUtcNow(), ClosedBy = reviewer.Actor };
        await ReplaceAsync(stored, closed, cancellationToken).ConfigureAwait(false);
        await AuditAsync(reviewer, "access-review.closed", $"access-review/{id}", before, Digest(closed),
            $"closed with {closed.Undecided.Count()} undecided", cancellationToken).ConfigureAwait(false);
        return Visible(closed, reviewer);
    }

    private async Task<AccessReviewCampaign> RecordAsync(Versioned<AccessReviewCampaign> stored, string userId, AccessReviewDecision decision, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            EnsureOpen(stored.Value);
            if (ItemOf(stored.Value, userId).Decision is not null)
            {
                throw new AccessReviewConflictException("access-review.already-decided", $"The access of '{userId}' was already decided in this campaign.");
            }

            var items = stored.Value.Items.Select(i => i.Access.UserId == userId ? i with { Decision = decision } : i).ToArray();
            var next = stored.Value with { Items = items };
            if (items.All(i => i.Decision is not null))
            {
                next = next with { Status = AccessReviewStatus.Closed, ClosedAt = decision.DecidedAt, ClosedBy = "system" };
            }

            try
            {
                await ReplaceAsync(stored, next, cancellationToken).ConfigureAwait(false);
                return next;
            }
            catch (ConcurrencyConflictException) when (attempt < WriteAttempts)
            {
                // Another reviewer decided another item meanwhile: re-read and apply this decision on top of theirs.
                stored = await LoadAsync(stored.Id, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ReplaceAsync(Versioned<AccessReviewCampaign> stored, AccessReviewCampaign next, CancellationToken cancellationToken) =>
        await _campaigns.ReplaceAsync(stored.Id, next, stored.Version, cancellationToken).ConfigureAwait(false);

    private async Task<Versioned<AccessReviewCampaign>> LoadAsync(string id, CancellationToken cancellationToken) =>
        await _campaigns.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("access-review", id);

    private static AccessReviewItem ItemOf(AccessReviewCampaign campaign, string userId) =>
        campaign.Items.FirstOrDefault(i => i.Access.UserId == userId) ?? throw new EntityNotFoundException("access-review-item", userId);

    private static void EnsureOpen(AccessReviewCampaign campaign)
    {
        if (campaign.Status == AccessReviewStatus.Closed)
        {
            throw new AccessReviewConflictException("access-review.closed", $"Campaign '{campaign.Id}' is closed.");
        }
    }

    private static AccessReviewCampaign Visible(AccessReviewCampaign campaign, AccessReviewer reviewer) =>
        reviewer.Teams is null ? campaign : campaign with { Items = [.. campaign.Items.Where(i => reviewer.CanSee(i.Access.TeamIds))] };

    private static string Digest(AccessReviewCampaign campaign) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(campaign, KernelJson.Options))));

    private ValueTask<AuditRecord> AuditAsync(
        AccessReviewer reviewer, string action, string target, string? before, string? after, string detail, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(reviewer.Actor, action, target)
        {
            BeforeDigest = before,
            AfterDigest = after,
            SourceIp = reviewer.SourceIp,
            CorrelationId = AuditActor.CorrelationId,
            Detail = detail,
        }, cancellationToken);
}
