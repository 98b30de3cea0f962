using System.Text;
using ContactCenter.Plugins.Channels.WhatsApp.Webhook;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Webhook;

public sealed class WebhookSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"object\":\"whatsapp_business_account\",\"entry\":[]}");

    [Fact]
    public void IsValid_HmacOfTheRawBodyWithTheAppSecret_True() =>
        Assert.True(WebhookSignature.IsValid(Body, WebhookSignature.Sign(Body, "secret-1"), "secret-1"));

    [Fact]
    public void Sign_KnownVector_MatchesHmacSha256Hex() =>
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"): the widely published test vector.
        Assert.Equal("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
            WebhookSignature.Sign("The quick brown fox jumps over the lazy dog"u8, "key"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=")]
    [InlineData("sha256=zz")]
    [InlineData("sha1=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")]
    [InlineData("sha256=g7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")]
    public void IsValid_MissingOrMalformedHeader_False(string? header) => Assert.False(WebhookSignature.IsValid(Body, header, "secret-1"));

    [Fact]
    public void IsValid_OtherSecretOrOneByteChanged_False()
    {
        var signature = WebhookSignature.Sign(Body, "secret-1");
        var changed = (byte[])Body.Clone();
        changed[^2] ^= 1;

        Assert.False(WebhookSignature.IsValid(Body, signature, "secret-2"));
        Assert.False(WebhookSignature.IsValid(changed, signature, "secret-1"));
    }
}
