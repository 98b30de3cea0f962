using System.Buffers.Binary;
using System.Text;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Testing.Security;

namespace ContactCenter.Kernel.Tests.Security.Encryption;

public sealed class EnvelopeDataProtectorTests : IAsyncLifetime
{
    private const string Context = "contact/42/name";
    private EncryptedKernel _kernel = null!;

    private IDataProtector Protector => _kernel.Protector;

    public async Task InitializeAsync() => _kernel = await EncryptedKernel.StartAsync(new InMemoryDocumentStore(TimeProvider.System));

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Theory]
    [InlineData("")]
    [InlineData("Ana María Rodríguez")]
    [InlineData("😀 emoji and \u00e9 accents")]
    public void ProtectString_ThenUnprotect_RoundTrips(string text)
    {
        var sealedText = Protector.ProtectString(text, Context);

        Assert.Equal(text, Protector.UnprotectString(sealedText, Context));
        Assert.DoesNotContain(text.Length > 0 ? text : "\u0001", sealedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Protect_SameValueTwice_GivesDifferentCiphertexts()
    {
        var plaintext = Encoding.UTF8.GetBytes("+50688881234");

        Assert.NotEqual(Protector.Protect(plaintext, Context), Protector.Protect(plaintext, Context));
    }

    [Theory]
    [InlineData(0)] // version
    [InlineData(3)] // data key id
    [InlineData(12)] // nonce
    [InlineData(25)] // body
    [InlineData(-1)] // tag
    public void Unprotect_OneBitFlipped_ThrowsDataTampered(int position)
    {
        var sealedBytes = Protector.Protect(Encoding.UTF8.GetBytes("secret note about the customer"), Context);
        var index = position < 0 ? sealedBytes.Length + position : position;
        sealedBytes[index] ^= 0x01;

        var error = Assert.Throws<DataTamperedException>(() => Protector.Unprotect(sealedBytes, Context));

        Assert.Equal(Context, error.Context);
    }

    [Fact]
    public void Unprotect_WrongContext_ThrowsDataTampered()
    {
        var sealedBytes = Protector.Protect(Encoding.UTF8.GetBytes("Ana"), Context);

        Assert.Throws<DataTamperedException>(() => Protector.Unprotect(sealedBytes, "contact/43/name"));
    }

    [Fact]
    public async Task UnprotectAsync_UnknownKeyId_ThrowsNamingTheKeyId()
    {
        var sealedBytes = Protector.Protect(Encoding.UTF8.GetBytes("Ana"), Context);
        BinaryPrimitives.WriteUInt64BigEndian(sealedBytes.AsSpan(1, 8), 0x0123456789abcdef);

        var error = await Assert.ThrowsAsync<DataTamperedException>(() => Protector.UnprotectAsync(sealedBytes, Context).AsTask());

        Assert.Contains("unknown data key id 0123456789abcdef", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(36)]
    public void Unprotect_Truncated_ThrowsDataTampered(int keep)
    {
        var sealedBytes = Protector.Protect(Encoding.UTF8.GetBytes("Ana"), Context);

        Assert.Throws<DataTamperedException>(() => Protector.Unprotect(sealedBytes.AsSpan(0, Math.Min(keep, sealedBytes.Length - 1)), Context));
    }

    [Fact]
    public void UnprotectString_NotEncryptedText_ThrowsDataTampered()
    {
        Assert.Throws<DataTamperedException>(() => Protector.UnprotectString("Ana María", Context));
    }

    [Fact]
    public void LookupHash_SameValueAndPurpose_IsStableAndHidesTheValue()
    {
        var first = Protector.LookupHash("+50688881234", "contact-phone");

        Assert.Equal(first, Protector.LookupHash("+50688881234", "contact-phone"));
        Assert.NotEqual(first, Protector.LookupHash("+50688881234", "contact-email"));
        Assert.NotEqual(first, Protector.LookupHash("+50688881235", "contact-phone"));
        Assert.Matches("^[0-9a-f]{64}$", first);
    }

    [Fact]
    public async Task LookupHash_AnotherKeyRing_GivesAnotherHash()
    {
        await using var other = await EncryptedKernel.StartAsync(new InMemoryDocumentStore(TimeProvider.System));

        Assert.NotEqual(Protector.LookupHash("+50688881234", "contact-phone"), other.Protector.LookupHash("+50688881234", "contact-phone"));
    }
}
