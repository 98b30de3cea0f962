using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Messages;

/// <summary>
/// RFC 4475 §3.1.2: messages a parser must reject, each with the response the RFC names (null: a response that is
/// dropped without answer); and §3.2/§3.3 messages that parse but fail the request checks a UAS applies.
/// </summary>
public sealed class TortureInvalidMessagesTests
{
    [Theory]
    [InlineData("badinv01", 400)]
    [InlineData("clerr", 400)]
    [InlineData("ncl", 400)]
    [InlineData("scalar02", 400)]
    [InlineData("scalarlg", null)]
    [InlineData("quotbal", 400)]
    [InlineData("ltgtruri", 400)]
    [InlineData("lwsruri", 400)]
    [InlineData("lwsstart", 400)]
    [InlineData("trws", 400)]
    [InlineData("escruri", 400)]
    [InlineData("baddate", 400)]
    [InlineData("regbadct", 400)]
    [InlineData("badaspec", 400)]
    [InlineData("baddn", 400)]
    [InlineData("badvers", 505)]
    [InlineData("mismatch01", 400)]
    [InlineData("mismatch02", 501)]
    [InlineData("bigcode", null)]
    [InlineData("mcl01", 400)]
    public void Parse_InvalidTortureMessage_RejectedWithExpectedStatus(string name, int? status)
    {
        var error = Assert.Throws<SipParseException>(() => SipMessageParser.Parse(TortureMessages.Load(name), SipLimits.Default));

        Assert.Equal(status, error.Status);
        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
    }

    [Theory]
    [InlineData("insuf", 400)]
    [InlineData("multi01", 400)]
    [InlineData("unkscm", 416)]
    [InlineData("novelsc", 416)]
    public void Check_ParsesButFailsRequestChecks_RejectedWithExpectedStatus(string name, int status)
    {
        var request = Assert.IsType<SipRequest>(SipMessageParser.Parse(TortureMessages.Load(name), SipLimits.Default));

        var error = Assert.Throws<SipParseException>(() => SipRequestChecks.Check(request));

        Assert.Equal(status, error.Status);
    }

    [Theory]
    [InlineData("badbranch")]
    [InlineData("zeromf")]
    [InlineData("unksm2")]
    [InlineData("regescrt")]
    public void Check_ValidApplicationLayerMessage_Passes(string name)
    {
        var request = Assert.IsType<SipRequest>(SipMessageParser.Parse(TortureMessages.Load(name), SipLimits.Default));

        SipRequestChecks.Check(request);

        Assert.NotNull(request.CallId);
    }
}
