using System.Net;
using ContactCenter.Plugins.Channels.Voice.Plugin;
using ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using ContactCenter.Plugins.Channels.Voice.Tests.Sip.Transactions;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Trunks;

public sealed class VoiceInviteGateTests
{
    private static readonly VoiceInviteGate Trunked = new(VoiceOptions.From(VoiceTrunkingReaderTests.Config(new()
    {
        ["lines:autos"] = "q-autos",
        ["lines:salud"] = "q-salud",
        ["trunks:carrier:addresses:0"] = "203.0.113.0/24",
        ["trunks:carrier:countryCode"] = "34",
        ["trunks:carrier:dids:911234567"] = "autos",
        ["trunks:other:addresses:0"] = "198.51.100.7",
        ["dids:+34912345678"] = "salud",
    })));

    [Theory]
    [InlineData("+34911234567", "autos")]
    [InlineData("911234567", "autos")]
    [InlineData("0034911234567", "autos")]
    [InlineData("912345678", "salud")]
    public void Admit_DidFromItsTrunk_EntersTheMappedLine(string dialled, string line)
    {
        var admission = Trunked.Admit(Invite(dialled), From("203.0.113.9"), fromRegisteredPhone: false);

        Assert.Null(admission.Status);
        Assert.Equal("carrier", admission.TrunkId);
        Assert.Equal(line, admission.Line);
    }

    [Fact]
    public void Admit_TrunkDidDialledThroughAnotherTrunk_OnlyGlobalDidsApply()
    {
        var own = Trunked.Admit(Invite("+34911234567"), From("198.51.100.7"), fromRegisteredPhone: false);
        var global = Trunked.Admit(Invite("+34912345678"), From("198.51.100.7"), fromRegisteredPhone: false);

        Assert.Equal((404, "Unknown DID"), (own.Status, own.Reason));
        Assert.Equal(("other", "salud"), (global.TrunkId, global.Line));
    }

    [Fact]
    public void Admit_LineNameFromATrunk_EntersAsDialled()
    {
        var admission = Trunked.Admit(Invite("autos"), From("203.0.113.9"), fromRegisteredPhone: false);

        Assert.Null(admission.Status);
        Assert.Equal("carrier", admission.TrunkId);
        Assert.Null(admission.Line);
    }

    [Theory]
    [InlineData("+34999999999")]
    [InlineData("nowhere")]
    public void Admit_UnknownDidFromATrunk_404UnknownDidNotCounted(string dialled)
    {
        var admission = Trunked.Admit(Invite(dialled), From("203.0.113.9"), fromRegisteredPhone: false);

        Assert.Equal(404, admission.Status);
        Assert.Equal("Unknown DID", admission.Reason);
        Assert.False(admission.CountsAsFailure);
    }

    [Fact]
    public void Admit_StrangerWithTrunksConfigured_403CountedAsFailure()
    {
        var admission = Trunked.Admit(Invite("+34911234567"), From("192.0.2.50"), fromRegisteredPhone: false);

        Assert.Equal(403, admission.Status);
        Assert.Equal(VoiceInviteGate.NotACarrier, admission.Reason);
        Assert.True(admission.CountsAsFailure);
    }

    [Fact]
    public void Admit_RegisteredPhoneWithTrunksConfigured_EntersAsDialled()
    {
        var admission = Trunked.Admit(Invite("salud"), From("192.0.2.50"), fromRegisteredPhone: true);

        Assert.Null(admission.Status);
        Assert.Null(admission.TrunkId);
    }

    [Fact]
    public void Admit_NoTrunks_AnyoneEntersAndGlobalDidsStillMap()
    {
        var gate = new VoiceInviteGate(VoiceOptions.From(VoiceTrunkingReaderTests.Config(new()
        {
            ["lines:autos"] = "q-autos",
            ["dids:+34911234567"] = "autos",
        })));

        var did = gate.Admit(Invite("+34911234567"), From("192.0.2.50"), fromRegisteredPhone: false);
        var name = gate.Admit(Invite("autos"), From("192.0.2.50"), fromRegisteredPhone: false);

        Assert.Equal((null, null, "autos"), (did.Status, did.TrunkId, did.Line));
        Assert.Equal((null, null), (name.Status, name.Line));
    }

    private static SipRequest Invite(string user) =>
        (SipRequest)SipTransactionMessages.Parse(
            $"INVITE sip:{user}@192.0.2.1 SIP/2.0\r\nVia: SIP/2.0/UDP 203.0.113.9:5060;branch=z9hG4bKgate\r\nMax-Forwards: 70\r\n" +
            "From: <sip:5550100@203.0.113.9>;tag=a1\r\nTo: <sip:x@192.0.2.1>\r\nCall-ID: gate-call\r\nCSeq: 1 INVITE\r\n" +
            "Contact: <sip:5550100@203.0.113.9:5060>\r\nContent-Length: 0\r\n\r\n");

    private static SipSource From(string address) =>
        new("UDP", new IPEndPoint(IPAddress.Parse(address), 5060), new IPEndPoint(IPAddress.Parse("192.0.2.1"), 5060));
}
