using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Tests.Identity.Users;

/// <summary>Account administration: validated whole, nothing written on refusal, every change audited with digests.</summary>
public sealed class UserAccountsTests : IAsyncLifetime
{
    private static readonly UserChangeSource Admin = new("u-admin", "127.0.0.1");
    private IdentityHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await IdentityHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task CreateAsync_Valid_StoresTheAccountAndAuditsIt()
    {
        var created = await _harness.Accounts.CreateAsync(
            new NewUserAccount("ana", "Correct-Horse-9", [Roles.Agent]) { TeamIds = ["team-a"], ServiceLineIds = ["autos"], AgentId = "ana" }, Admin);

        var stored = await _harness.Accounts.GetAsync(created.Id);
        Assert.Equal(["team-a"], stored!.TeamIds);
        Assert.Equal("ana", stored.AgentId);
        Assert.True(stored.MustChangePassword);
        var entry = Assert.Single(_harness.Audit.Entries);
        Assert.Equal(("u-admin", "user.created", $"user/{created.Id}", "127.0.0.1"), (entry.Actor, entry.Action, entry.Target, entry.SourceIp));
        Assert.Null(entry.BeforeDigest);
        Assert.Matches("^[0-9a-f]{64}$", entry.AfterDigest);
    }

    [Fact]
    public async Task CreateAsync_EverythingWrong_ListsEveryProblemAndWritesNothing()
    {
        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _harness.Accounts.CreateAsync(
            new NewUserAccount(" ", "weak", ["root", Roles.Agent]) { TeamIds = ["team-x"], ServiceLineIds = ["boats"], AgentId = "nobody" }, Admin));

        Assert.Equal(["agentId", "password", "roles", "serviceLineIds", "teamIds", "userName"], ex.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("root", ex.Errors["roles"][0], StringComparison.Ordinal);
        Assert.Equal(0, await _harness.CountUsersAsync());
        Assert.Empty(_harness.Audit.Entries);
    }

    [Fact]
    public async Task CreateAsync_TakenName_IsRefusedOnTheUserName()
    {
        await _harness.Accounts.CreateAsync(new NewUserAccount("ana", "Correct-Horse-9", []), Admin);

        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() => _harness.Accounts.CreateAsync(new NewUserAccount("Ana", "Correct-Horse-9", []), Admin));

        Assert.Equal(["userName"], ex.Errors.Keys);
        Assert.Equal(1, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task SetRolesAsync_Changed_AuditsBeforeAndAfterAndRenewsTheStamp()
    {
        var user = await _harness.Accounts.CreateAsync(new NewUserAccount("ana", "Correct-Horse-9", [Roles.Agent]), Admin);
        var stamp = user.SecurityStamp;

        var changed = await _harness.Accounts.SetRolesAsync(user.Id, ["SUPERVISOR", Roles.Agent, Roles.Agent], Admin);

        Assert.Equal([Roles.Agent, Roles.Supervisor], changed.Roles);
        Assert.NotEqual(stamp, (await _harness.Accounts.GetAsync(user.Id))!.SecurityStamp);
        var entry = _harness.Audit.Entries.Last();
        Assert.Equal("user.roles-changed", entry.Action);
        Assert.Equal("roles: agent,supervisor", entry.Detail);
        Assert.NotEqual(entry.BeforeDigest, entry.AfterDigest);
        Assert.Equal(_harness.Audit.Entries.First().AfterDigest, entry.BeforeDigest);
    }

    [Fact]
    public async Task SetRolesAsync_UnknownRole_ChangesNothing()
    {
        var user = await _harness.Accounts.CreateAsync(new NewUserAccount("ana", "Correct-Horse-9", [Roles.Agent]), Admin);

        await Assert.ThrowsAsync<InvalidRequestException>(() => _harness.Accounts.SetRolesAsync(user.Id, [Roles.Administrator, "god"], Admin));

        Assert.Equal([Roles.Agent], (await _harness.Accounts.GetAsync(user.Id))!.Roles);
        Assert.Single(_harness.Audit.Entries);
    }

    [Fact]
    public async Task SetRolesAsync_UnknownUser_IsNotFound() =>
        await Assert.ThrowsAsync<EntityNotFoundException>(() => _harness.Accounts.SetRolesAsync("u-none", [Roles.Agent], Admin));

    [Fact]
    public async Task SetMembershipsAsync_UnknownTeam_ChangesNothing()
    {
        var user = await _harness.Accounts.CreateAsync(new NewUserAccount("ana", "Correct-Horse-9", []) { TeamIds = ["team-a"] }, Admin);

        var ex = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            _harness.Accounts.SetMembershipsAsync(user.Id, new UserMemberships(["team-b", "team-z"], [], null), Admin));

        Assert.Equal(["teamIds"], ex.Errors.Keys);
        Assert.Equal(["team-a"], (await _harness.Accounts.GetAsync(user.Id))!.TeamIds);
    }

    [Fact]
    public async Task SetMembershipsAsync_Valid_ReplacesThemAndAudits()
    {
        var user = await _harness.Accounts.CreateAsync(new NewUserAccount("ana", "Correct-Horse-9", []) { TeamIds = ["team-a"] }, Admin);

        await _harness.Accounts.SetMembershipsAsync(user.Id, new UserMemberships(["team-b", "team-a"], ["autos"], "ana"), Admin);

        var stored = (await _harness.Accounts.GetAsync(user.Id))!;
        Assert.Equal(["team-a", "team-b"], stored.TeamIds);
        Assert.Equal(["autos"], stored.ServiceLineIds);
        Assert.Equal("user.memberships-changed", _harness.Audit.Entries.Last().Action);
    }

    [Fact]
    public async Task SetDisabledAsync_DisableThenEnable_AuditsBoth()
    {
        var user = await _harness.Accounts.CreateAsync(new NewUserAccount("ana", "Correct-Horse-9", [Roles.Agent]), Admin);

        await _harness.Accounts.SetDisabledAsync(user.Id, true, Admin);
        Assert.True((await _harness.Accounts.GetAsync(user.Id))!.Disabled);
        await _harness.Accounts.SetDisabledAsync(user.Id, false, Admin);

        Assert.False((await _harness.Accounts.GetAsync(user.Id))!.Disabled);
        Assert.Equal(["user.created", "user.disabled", "user.enabled"], _harness.Audit.Entries.Select(e => e.Action));
    }
}
