using System.Security.Cryptography;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Sdk.Errors;
using ContactCenter.Testing.Security;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Tests.Security.Encryption.Keys;

public sealed class EnvironmentProviderTests
{
    private static readonly string KeyOne = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string KeyTwo = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly InMemoryDocumentStore _store = new(TimeProvider.System);

    private static Dictionary<string, string?> Settings(string current, params (string Id, string Key)[] keys)
    {
        var settings = new Dictionary<string, string?> { ["CC:Encryption:Provider"] = "Environment", ["CC:Encryption:CurrentMasterKey"] = current };
        foreach (var (id, key) in keys)
        {
            settings[$"CC:Encryption:MasterKeys:{id}"] = key;
        }

        return settings;
    }

    [Fact]
    public async Task RotateMasterKeyAsync_NewKeyAddedByTheOperator_OldKeyCanThenBeRemoved()
    {
        string sealedText;
        await using (var first = await EncryptedKernel.StartAsync(_store, Settings("k1", ("k1", KeyOne))))
        {
            sealedText = first.Protector.ProtectString("Ana", "t/1");
        }

        await using (var both = await EncryptedKernel.StartAsync(_store, Settings("k2", ("k1", KeyOne), ("k2", KeyTwo))))
        {
            var status = await both.Keys.RotateMasterKeyAsync();
            Assert.Equal(["k2"], status.MasterKeysInUse);
        }

        await using var onlyNew = await EncryptedKernel.StartAsync(_store, Settings("k2", ("k2", KeyTwo)));
        Assert.Equal("Ana", onlyNew.Protector.UnprotectString(sealedText, "t/1"));
    }

    [Fact]
    public async Task RotateMasterKeyAsync_NoNewKey_FailsSayingHowAndChangesNothing()
    {
        await using var kernel = await EncryptedKernel.StartAsync(_store, Settings("k1", ("k1", KeyOne)));
        var before = await kernel.Keys.GetStatusAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => kernel.Keys.RotateMasterKeyAsync().AsTask());

        Assert.Contains("CC__Encryption__MasterKeys__", error.Errors["masterKey"][0], StringComparison.Ordinal);
        Assert.Equal(before.Keys, (await kernel.Keys.GetStatusAsync()).Keys);
    }

    [Fact]
    public async Task StartAsync_MasterKeyMissing_FailsNamingTheKeyIdNotTheKey()
    {
        await (await EncryptedKernel.StartAsync(_store, Settings("k1", ("k1", KeyOne)))).DisposeAsync();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => EncryptedKernel.StartAsync(_store, Settings("k2", ("k2", KeyTwo))));

        Assert.Contains("'k1'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyOne, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyTwo, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_WrongMasterKeyUnderTheSameId_Fails()
    {
        await (await EncryptedKernel.StartAsync(_store, Settings("k1", ("k1", KeyOne)))).DisposeAsync();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => EncryptedKernel.StartAsync(_store, Settings("k1", ("k1", KeyTwo))));

        Assert.Contains("does not unwrap with master key 'k1'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("k1", "bm90LTMyLWJ5dGVz", "base64 of exactly 32 bytes")]
    [InlineData("k9", null, "'k9' is not among")]
    public async Task StartAsync_BadSettings_FailNamingTheKey(string current, string? key, string expected)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => EncryptedKernel.StartAsync(_store, Settings(current, ("k1", key ?? KeyOne))));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyOne, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_UnknownProvider_FailsListingTheKnownOnes()
    {
        var settings = new Dictionary<string, string?> { ["CC:Encryption:Provider"] = "Vault" };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => EncryptedKernel.StartAsync(_store, settings));

        Assert.Contains("'Vault' is not a known key provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("Environment", error.Message, StringComparison.Ordinal);
    }
}
