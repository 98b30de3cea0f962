using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.Users;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Kernel.Tests.Identity.Users;

/// <summary>Identity's user manager over the kernel's user store: names, passwords, lockout, MFA secrets at rest.</summary>
public sealed class UserStoreTests : IAsyncLifetime
{
    private const string Password = "Correct-Horse-9";
    private IdentityHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await IdentityHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task CreateAsync_NameTakenInAnotherCase_FailsAsDuplicateAndWritesNothing()
    {
        Assert.True((await _harness.Users.CreateAsync(new UserAccount { UserName = "ana" }, Password)).Succeeded);

        var second = await _harness.Users.CreateAsync(new UserAccount { UserName = "ANA" }, Password);

        Assert.Contains(second.Errors, e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName));
        Assert.Equal(1, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task CreateAsync_RacingOnOneName_OnlyOneWins()
    {
        // Both pass Identity's own uniqueness check before either writes: only the reservation can stop the second.
        var store = _harness.Get<UserStore>();
        var first = new UserAccount { UserName = "bea", NormalizedUserName = "BEA", SecurityStamp = "s" };
        var second = new UserAccount { UserName = "bea", NormalizedUserName = "BEA", SecurityStamp = "s" };

        var results = await Task.WhenAll(store.CreateAsync(first, default), store.CreateAsync(second, default));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(1, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task SetUserNameAsync_Renamed_FreesTheOldNameAndHoldsTheNewOne()
    {
        var user = new UserAccount { UserName = "carla" };
        await _harness.Users.CreateAsync(user, Password);

        Assert.True((await _harness.Users.SetUserNameAsync(user, "carla.r")).Succeeded);

        Assert.True((await _harness.Users.CreateAsync(new UserAccount { UserName = "carla" }, Password)).Succeeded);
        Assert.False((await _harness.Users.CreateAsync(new UserAccount { UserName = "carla.r" }, Password)).Succeeded);
        Assert.Equal(user.Id, (await _harness.Users.FindByNameAsync("CARLA.R"))!.Id);
    }

    [Fact]
    public async Task UpdateAsync_StaleCopy_FailsWithConcurrencyFailure()
    {
        var user = new UserAccount { UserName = "dora" };
        await _harness.Users.CreateAsync(user, Password);
        var stale = (await _harness.Get<UserStore>().FindByIdAsync(user.Id, default))!;
        await _harness.Users.SetLockoutEnabledAsync(user, false);

        stale.Email = "x@example.com";
        var result = await _harness.Get<UserStore>().UpdateAsync(stale, default);

        Assert.Contains(result.Errors, e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure));
        Assert.Null((await _harness.Users.FindByIdAsync(user.Id))!.Email);
    }

    [Fact]
    public async Task CreateAsync_Password_IsStoredAsPbkdf2HashOnly()
    {
        var user = new UserAccount { UserName = "eva" };
        await _harness.Users.CreateAsync(user, Password);

        var raw = await _harness.RawAsync(user.Id);

        Assert.DoesNotContain(Password, raw, StringComparison.Ordinal);
        Assert.Equal(0x01, Convert.FromBase64String(user.PasswordHash!)[0]); // Identity v3 format: PBKDF2 with HMAC-SHA512
        Assert.True(await _harness.Users.CheckPasswordAsync(user, Password));
        Assert.False(await _harness.Users.CheckPasswordAsync(user, Password + "x"));
    }

    [Fact]
    public async Task CreateAsync_WeakPassword_IsRefusedByThePolicy()
    {
        var result = await _harness.Users.CreateAsync(new UserAccount { UserName = "fer" }, "short1A");

        Assert.Contains(result.Errors, e => e.Code == nameof(IdentityErrorDescriber.PasswordTooShort));
        Assert.Equal(0, await _harness.CountUsersAsync());
    }

    [Fact]
    public async Task AccessFailedAsync_FiveTimes_LocksTheAccountUntilReset()
    {
        var user = new UserAccount { UserName = "gus" };
        await _harness.Users.CreateAsync(user, Password);

        for (var i = 0; i < 5; i++)
        {
            Assert.False(await _harness.Users.IsLockedOutAsync(user));
            await _harness.Users.AccessFailedAsync(user);
        }

        var stored = (await _harness.Users.FindByIdAsync(user.Id))!;
        Assert.True(await _harness.Users.IsLockedOutAsync(stored));
        Assert.Equal(0, stored.AccessFailedCount);
    }

    [Fact]
    public async Task AuthenticatorKey_IsEncryptedAtRestAndReadBack()
    {
        var user = new UserAccount { UserName = "hugo" };
        await _harness.Users.CreateAsync(user, Password);

        await _harness.Users.ResetAuthenticatorKeyAsync(user);
        var key = await _harness.Users.GetAuthenticatorKeyAsync(user);

        Assert.False(string.IsNullOrEmpty(key));
        Assert.DoesNotContain(key!, await _harness.RawAsync(user.Id), StringComparison.Ordinal);
        var reread = (await _harness.Users.FindByIdAsync(user.Id))!;
        Assert.Equal(key, await _harness.Users.GetAuthenticatorKeyAsync(reread));
    }

    [Fact]
    public async Task RecoveryCodes_AreHashedAndWorkOnceEach()
    {
        var user = new UserAccount { UserName = "ines" };
        await _harness.Users.CreateAsync(user, Password);

        var codes = (await _harness.Users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        var raw = await _harness.RawAsync(user.Id);

        Assert.All(codes, c => Assert.DoesNotContain(c, raw, StringComparison.Ordinal));
        Assert.False((await _harness.Users.RedeemTwoFactorRecoveryCodeAsync(user, "not-a-code")).Succeeded);
        Assert.True((await _harness.Users.RedeemTwoFactorRecoveryCodeAsync(user, codes[3])).Succeeded);
        Assert.False((await _harness.Users.RedeemTwoFactorRecoveryCodeAsync(user, codes[3])).Succeeded);
        Assert.Equal(9, await _harness.Users.CountRecoveryCodesAsync((await _harness.Users.FindByIdAsync(user.Id))!));
    }

    [Fact]
    public async Task AddToRoleAsync_AnyCase_KeepsTheCatalogNameAndFindsMembers()
    {
        var user = new UserAccount { UserName = "juan" };
        await _harness.Users.CreateAsync(user, Password);

        await _harness.Users.AddToRoleAsync(user, "Quality-Analyst");

        Assert.Equal([Roles.QualityAnalyst], await _harness.Users.GetRolesAsync(user));
        Assert.Equal([user.Id], (await _harness.Users.GetUsersInRoleAsync(Roles.QualityAnalyst)).Select(u => u.Id));
        Assert.Contains("\"quality-analyst\"", await _harness.RawAsync(user.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddToRoleAsync_UnknownRole_Throws()
    {
        var user = new UserAccount { UserName = "kim" };
        await _harness.Users.CreateAsync(user, Password);

        await Assert.ThrowsAsync<Sdk.Errors.InvalidRequestException>(() => _harness.Users.AddToRoleAsync(user, "root"));

        Assert.Empty((await _harness.Users.FindByIdAsync(user.Id))!.Roles);
    }
}
