using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.AccessReview;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Tests.Identity.AccessReview;

/// <summary>Campaigns: snapshot, decisions applied to accounts and audited, closing, and the refusals that change nothing.</summary>
public sealed class AccessReviewCampaignsTests : IAsyncLifetime
{
    private static readonly AccessReviewer Admin = new("u-admin", "u-admin", null, "127.0.0.1");
    private static readonly DateTimeOffset NextWeek = DateTimeOffset.UtcNow.AddDays(7);
    private AccessReviewHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await AccessReviewHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task OpenAsync_AllAccounts_SnapshotsEachAccountAndAuditsIt()
    {
        var campaign = await _harness.Campaigns.OpenAsync(new NewAccessReviewCampaign(" Q4 review ", null, NextWeek), Admin);

        Assert.Equal("Q4 review", campaign.Name);
        Assert.Equal(["ana", "bea", "sam"], campaign.Items.Select(i => i.Access.UserName));
        var sam = campaign.Items.Single(i => i.Access.UserName == "sam").Access;
        Assert.Equal([Roles.Supervisor], sam.Roles);
        Assert.Contains("monitoring.read", sam.Permissions);
        Assert.Equal(["team-a"], sam.TeamIds);
        Assert.False(sam.MfaEnabled);
        Assert.All(campaign.Items, i => Assert.Null(i.Decision));
        var entry = Assert.Single(_harness.Audit.Entries);
        Assert.Equal(("u-admin", "access-review.opened", $"access-review/{campaign.Id}"), (entry.Actor, entry.Action, entry.Target));
        Assert.Matches("^[0-9a-f]{64}$", entry.AfterDigest);
        var stored = await _harness.Campaigns.GetAsync(campaign.Id, Admin);
        Assert.Equal(campaign.Items.Select(i => i.Access.UserId), stored.Items.Select(i => i.Access.UserId));
    }

    [Fact]
    public async Task OpenAsync_EverythingWrong_ListsEveryProblemAndWritesNothing()
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _harness.Campaigns.OpenAsync(new NewAccessReviewCampaign(" ", ["team-x"], DateTimeOffset.UtcNow.AddDays(-1)), Admin));

        Assert.Equal(["dueAt", "name", "teamIds"], ex.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("team-x", ex.Errors["teamIds"][0], StringComparison.Ordinal);
        Assert.Equal(0, await _harness.CountCampaignsAsync());
        Assert.Empty(_harness.Audit.Entries);
    }

    [Fact]
    public async Task OpenAsync_ScopedSupervisorForEveryoneOrAnotherTeam_IsForbiddenAndWritesNothing()
    {
        var sam = Supervisor();

        var everyone = await Assert.ThrowsAsync<PermissionDeniedException>(() => _harness.Campaigns.OpenAsync(new NewAccessReviewCampaign("All", null, NextWeek), sam));
        var other = await Assert.ThrowsAsync<PermissionDeniedException>(() => _harness.Campaigns.OpenAsync(new NewAccessReviewCampaign("B", ["team-a", "team-b"], NextWeek), sam));

        Assert.Equal(("scope.forbidden", "scope.forbidden"), (everyone.ErrorCode, other.ErrorCode));
        Assert.Equal(0, await _harness.CountCampaignsAsync());
        var own = await _harness.Campaigns.OpenAsync(new NewAccessReviewCampaign("Team A", ["team-a"], NextWeek), sam);
        Assert.Equal(["ana", "sam"], own.Items.Select(i => i.Access.UserName));
    }

    [Fact]
    public async Task DecideAsync_Revoke_RemovesTheRolesDisablesTheAccountAndAuditsDigests()
    {
        var campaign = await _harness.Campaigns.OpenAsync(new NewAccessReviewCampaign("Q4", null, NextWeek), Admin);
        var ana = _harness.Ids["ana"];

        var after = await _harness.Campaigns.DecideAsync(campaign.Id, ana,
            new AccessReviewDecisionRequest(AccessReviewOutcome.Revoked, [Roles.Agent], true, "Left the company"), Admin);

        var account = await _harness.Accounts.GetAsync(ana);
        Assert.Empty(account!.Roles);
        Assert.True(account.Disabled);
        var decision = after.Items.Single(i => i.Access.UserId == ana).Decision!;
        Assert.Equal((AccessReviewOutcome.Revoked, true, "Left the company", "u-admin"), (decision.Outcome, decision.Disabled, decision.Reason, decision.DecidedBy));
        Assert.Equal(AccessReviewStatus.Open, after.Status);
        var entries = _harness.Audit.Entries.ToArray();
        Assert.Equal(["access-review.opened", "user.roles-changed", "user.disabled", "access-review.revoked"], entries.Select(e => e.Action));
        var revoked = entries[^1];
        Assert.Equal(($"user/{ana}", "127.0.0.1"), (revoked.Target, revoked.SourceIp));
        Assert.Equal(entries[1].BeforeDigest, revoked.BeforeDigest);
        Assert.Equal(entries[2].AfterDigest, revoked.AfterDigest);
        Assert.NotEqual(revoked.BeforeDigest, revoked.AfterDigest);
        Assert.Contains("Left the company", revoked.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideAsync_LastItem_ClosesTheCampaign_AndLaterDecisionsConflict()
    {
        var campaign = await _harness.Campaigns.OpenAsync(new NewAccessReviewCampaign("Team A", ["team-a"], NextWeek), Admin);
        var confirm = new AccessReviewDecisionRequest(AccessReviewOutcome.Confirmed, null, false, null);

        await _harness.Campaigns.DecideAsync(campaign.Id, _harness.Ids["ana"], confirm, Admin);
        var again = await Assert.ThrowsAsync<AccessReviewConflictException>(() => _harness.Campaigns.DecideAsync(campaign.Id, _harness.Ids["ana"], confirm, Admin));
        var closed = await _harness.Campaigns.DecideAsync(campaign.Id, _harness.Ids["sam"], confirm, Admin);

        Assert.Equal("access-review.already-decided", again.ErrorCode);
        Assert.Equal((AccessReviewStatus.Closed, "system"), (closed.Status, closed.ClosedBy));
        Assert.Equal("access-review.closed", _harness.Audit.Entries.Last().Action);
        var after = await Assert.ThrowsAsync<AccessReviewConflictException>(() => _harness.Campaigns.DecideAsync(campaign.Id, _harness.Ids["sam"], confirm, Admin));
        Assert.Equal("access-review.closed", after.ErrorCode);
        Assert.Equal([Roles.Agent], (await _harness.Accounts.GetAsync(_harness.Ids["ana"]))!.Roles);
    }

    [Fact]
    public async Task CloseAsync_Explicitly_LeavesUndecidedItemsReported()
    {
        var campaign = await _harness.Campaigns.OpenAsync(new NewAccessReviewCampaign("Q4", null, NextWeek), Admin);
        await _harness.Campaigns.DecideAsync(campaign.Id, _harness.Ids["bea"], new AccessReviewDecisionRequest(AccessReviewOutcome.Confirmed, null, false, null), Admin);

        var closed = await _harness.Campaigns.CloseAsync(campaign.Id, Admin);

        Assert.Equal((AccessReviewStatus.Closed, "u-admin"), (closed.Status, closed.ClosedBy));
        Assert.Equal(["ana", "sam"], closed.Undecided.Select(i => i.Access.UserName));
        Assert.Equal("closed with 2 undecided", _harness.Audit.Entries.Last().Detail);
        await Assert.ThrowsAsync<AccessReviewConflictException>(() => _harness.Campaigns.CloseAsync(campaign.Id, Admin));
    }

    [Fact]
    public async Task DecideAsync_SelfOutsideTeamsOrBadInput_IsRefusedAndChangesNothing()
    {
        var campaign = await _harness.Campaigns.OpenAsync(new NewAccessReviewCampaign("Q4", null, NextWeek), Admin);
        var sam = Supervisor();
        var revoke = new AccessReviewDecisionRequest(AccessReviewOutcome.Revoked, null, true, "No longer needed");
        var raw = await _harness.RawCampaignAsync(campaign.Id);
        var audited = _harness.Audit.Entries.Count;

        var self = await Assert.ThrowsAsync<PermissionDeniedException>(() => _harness.Campaigns.DecideAsync(campaign.Id, _harness.Ids["sam"], revoke, sam));
        var outside = await Assert.ThrowsAsync<PermissionDeniedException>(() => _harness.Campaigns.DecideAsync(campaign.Id, _harness.Ids["bea"], revoke, sam));
        var noReason = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _harness.Campaigns.DecideAsync(campaign.Id, _harness.Ids["ana"], revoke with { Reason = " " }, sam));
        var notUnderReview = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _harness.Campaigns.DecideAsync(campaign.Id, _harness.Ids["ana"], revoke with { RemoveRoles = [Roles.Administrator] }, sam));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => _harness.Campaigns.DecideAsync(campaign.Id, "u-nobody", revoke, Admin));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => _harness.Campaigns.DecideAsync("arc-missing", _harness.Ids["ana"], revoke, Admin));

        Assert.Equal(("access-review.self", "scope.forbidden"), (self.ErrorCode, outside.ErrorCode));
        Assert.Equal(["reason"], noReason.Errors.Keys);
        Assert.Equal(["removeRoles"], notUnderReview.Errors.Keys);
        Assert.Equal(raw, await _harness.RawCampaignAsync(campaign.Id));
        Assert.Equal(audited, _harness.Audit.Entries.Count);
        Assert.All(await _harness.Accounts.ListAsync(), a => Assert.False(a.Disabled));
    }

    [Fact]
    public async Task GetAndList_ScopedSupervisor_SeeOnlyTheirTeamsItems()
    {
        var all = await _harness.Campaigns.OpenAsync(new NewAccessReviewCampaign("Q4", null, NextWeek), Admin);
        var teamB = await _harness.Campaigns.OpenAsync(new NewAccessReviewCampaign("B", ["team-b"], NextWeek), Admin);
        var sam = Supervisor();

        var seen = await _harness.Campaigns.GetAsync(all.Id, sam);
        var listed = await _harness.Campaigns.ListAsync(sam);

        Assert.Equal(["ana", "sam"], seen.Items.Select(i => i.Access.UserName));
        Assert.Equal([all.Id], listed.Select(c => c.Id));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => _harness.Campaigns.GetAsync(teamB.Id, sam));
        Assert.Equal(2, (await _harness.Campaigns.ListAsync(Admin)).Count);
    }

    private AccessReviewer Supervisor() => new(_harness.Ids["sam"], _harness.Ids["sam"], new HashSet<string>(StringComparer.Ordinal) { "team-a" }, "10.0.0.9");
}
