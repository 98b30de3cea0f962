using System.Security.Cryptography;
using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Kernel.Storage;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Kernel.Tests.Identity.Users;

/// <summary>Passkeys on the kernel's user store: kept in the account, found by credential id, one account per credential.</summary>
public sealed class UserPasskeyStoreTests : IAsyncLifetime
{
    private const string Password = "Correct-Horse-9";
    private IdentityHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await IdentityHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task AddOrUpdatePasskeyAsync_ThenFindByPasskeyId_FindsTheAccountAndReadsThePasskeyBack()
    {
        var user = await CreateAsync("ana");
        var passkey = Passkey();
        passkey.Name = "Work laptop";

        Assert.True((await _harness.Users.AddOrUpdatePasskeyAsync(user, passkey)).Succeeded);

        var found = await _harness.Users.FindByPasskeyIdAsync(passkey.CredentialId);
        Assert.Equal(user.Id, found?.Id);
        var stored = Assert.Single(await _harness.Users.GetPasskeysAsync(found!));
        Assert.Equal(passkey.CredentialId, stored.CredentialId);
        Assert.Equal(passkey.PublicKey, stored.PublicKey);
        Assert.Equal("Work laptop", stored.Name);
        Assert.Equal(new[] { "internal" }, stored.Transports);
        Assert.True(found!.TwoFactorEnabled is false, "Adding a passkey through the store alone does not turn MFA on: the pages do.");
    }

    [Fact]
    public async Task AddOrUpdatePasskeyAsync_SameCredentialAgain_UpdatesTheCounterWithoutADuplicate()
    {
        var user = await CreateAsync("bea");
        var passkey = Passkey();
        await _harness.Users.AddOrUpdatePasskeyAsync(user, passkey);
        passkey.SignCount = 7;

        Assert.True((await _harness.Users.AddOrUpdatePasskeyAsync(user, passkey)).Succeeded);

        var reread = await _harness.Users.FindByIdAsync(user.Id);
        Assert.Equal(7u, Assert.Single(reread!.Passkeys).SignCount);
    }

    [Fact]
    public async Task AddOrUpdatePasskeyAsync_CredentialOfAnotherAccount_FailsAndWritesNothing()
    {
        var first = await CreateAsync("carla");
        var second = await CreateAsync("dora");
        var passkey = Passkey();
        await _harness.Users.AddOrUpdatePasskeyAsync(first, passkey);

        var result = await _harness.Users.AddOrUpdatePasskeyAsync(second, passkey);

        Assert.Contains(result.Errors, e => e.Code == "PasskeyTaken");
        Assert.Empty((await _harness.Users.FindByIdAsync(second.Id))!.Passkeys);
        Assert.Equal(first.Id, (await _harness.Users.FindByPasskeyIdAsync(passkey.CredentialId))?.Id);
    }

    [Fact]
    public async Task RemovePasskeyAsync_Removed_IsNotFoundAndItsReservationIsGone()
    {
        var user = await CreateAsync("elena");
        var passkey = Passkey();
        await _harness.Users.AddOrUpdatePasskeyAsync(user, passkey);

        Assert.True((await _harness.Users.RemovePasskeyAsync(user, passkey.CredentialId)).Succeeded);

        Assert.Null(await _harness.Users.FindByPasskeyIdAsync(passkey.CredentialId));
        Assert.Null(await _harness.Users.GetPasskeyAsync(user, passkey.CredentialId));
        var reservation = await _harness.Store.GetAsync(KernelCollections.UserPasskeys.Name, UserStore.Base64Url(passkey.CredentialId), default);
        Assert.Null(reservation);
    }

    [Fact]
    public async Task FindByPasskeyIdAsync_UnknownOrEmptyId_FindsNobody()
    {
        await CreateAsync("fina");

        Assert.Null(await _harness.Users.FindByPasskeyIdAsync(RandomNumberGenerator.GetBytes(16)));
        Assert.Null(await _harness.Users.FindByPasskeyIdAsync([]));
    }

    [Fact]
    public async Task DeleteAsync_AccountWithPasskey_FreesTheCredential()
    {
        var user = await CreateAsync("gala");
        var passkey = Passkey();
        await _harness.Users.AddOrUpdatePasskeyAsync(user, passkey);

        Assert.True((await _harness.Users.DeleteAsync(user)).Succeeded);

        var other = await CreateAsync("hana");
        Assert.True((await _harness.Users.AddOrUpdatePasskeyAsync(other, passkey)).Succeeded);
    }

    private async Task<UserAccount> CreateAsync(string name)
    {
        var user = new UserAccount { UserName = name };
        Assert.True((await _harness.Users.CreateAsync(user, Password)).Succeeded);
        return user;
    }

    private static UserPasskeyInfo Passkey() =>
        new(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(77), DateTimeOffset.UnixEpoch, 0, ["internal"],
            isUserVerified: true, isBackupEligible: false, isBackedUp: false, attestationObject: [1, 2, 3], clientDataJson: [4, 5]);
}
