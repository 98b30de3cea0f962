using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Messages;

/// <summary>RFC 4475 §3.1.1: messages a robust parser must accept, with the values it must read from them.</summary>
public sealed class TortureValidMessagesTests
{
    private static SipMessage Parse(string name) => SipMessageParser.Parse(TortureMessages.Load(name), SipLimits.Default);

    [Fact]
    public void Parse_Wsinv_ReadsFoldedCompactAndOddlySpacedHeaders()
    {
        var request = Assert.IsType<SipRequest>(Parse("wsinv"));

        Assert.Equal("INVITE", request.Method);
        Assert.Equal("vivekg", request.RequestUri.User);
        Assert.Equal("chair-dnrc.example.com", request.RequestUri.Host);
        Assert.True(request.RequestUri.Parameters.Contains("unknownparam"));
        Assert.Equal("1918181833n", request.To!.Tag);
        Assert.Equal("J Rosenberg \\\"", request.From!.DisplayName);
        Assert.Equal("98asjd8", request.From.Tag);
        Assert.Equal(68, request.MaxForwards);
        Assert.Equal("wsinv.ndaksdj@192.0.2.1", request.CallId);
        Assert.Equal(new SipCSeq(9, "INVITE"), request.CSeq);
        var vias = request.Vias;
        Assert.Equal(3, vias.Count);
        Assert.Equal(("UDP", "192.0.2.2", "390skdjuw"), (vias[0].Transport, vias[0].Host, vias[0].Branch));
        Assert.Equal(("TCP", "spindle.example.com", "z9hG4bK9ikj8"), (vias[1].Transport, vias[1].Host, vias[1].Branch));
        Assert.Equal(("UDP", "192.168.255.111", "z9hG4bK30239"), (vias[2].Transport, vias[2].Host, vias[2].Branch));
        Assert.Equal(string.Empty, request.Headers.Get("Subject"));
        Assert.Equal("newfangled value continued newfangled value", request.Headers.Get("NewFangledHeader"));
        Assert.Equal(";;,,;;,;", request.Headers.Get("UnknownHeaderWithUnusualValue"));
        Assert.True(Assert.Single(request.Routes).Uri!.Parameters.Contains("unknown-no-value"));
        var contact = Assert.Single(request.Contacts);
        Assert.Equal("Quoted string \"\"", contact.DisplayName);
        Assert.Equal("newvalue", contact.Parameters.Get("newparam"));
        Assert.Equal(string.Empty, contact.Parameters.Get("secondparam"));
        Assert.Equal("0.33", contact.Parameters.Get("q"));
        Assert.Equal(150, request.Body.Length);
    }

    [Fact]
    public void Parse_Intmeth_AcceptsEveryTokenCharacterAndEscapedControls()
    {
        var request = Assert.IsType<SipRequest>(Parse("intmeth"));

        Assert.Equal("!interesting-Method0123456789_*+`.%indeed'~", request.Method);
        Assert.Equal("1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*", request.RequestUri.User);
        Assert.Equal("&it+has=1,weird!*pas$wo~d_too.(doesn't-it)", request.RequestUri.Password);
        Assert.Equal("z9hG4bK-.!%66*_+`'~", request.TopVia!.Branch);
        Assert.Equal("BEL:\u0007 NUL:\0 DEL:\u007F", request.To!.DisplayName);
        Assert.Equal("token1~` token2'+_ token3*%!.-", request.From!.DisplayName);
        Assert.Equal("\"работающий\"", request.From.Parameters.Get("fromParam''~+*_!.-%"));
        Assert.Equal("_token~1'+`*%!-.", request.From.Tag);
        Assert.Equal("intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}{", request.CallId);
        Assert.Equal(139122385, request.CSeq!.Sequence);
        Assert.Equal(255, request.MaxForwards);
        Assert.Equal("\uFEFF大停電", request.Headers.Get("extensionHeader-!.%*+_`'~"));
    }

    [Fact]
    public void Parse_Esc01_KeepsEscapesAndUnescapesUserOnDemand()
    {
        var request = Assert.IsType<SipRequest>(Parse("esc01"));

        Assert.Equal("sips%3Auser%40example.com", request.RequestUri.User);
        Assert.Equal("sips:user@example.com", request.RequestUri.UserUnescaped);
        Assert.Equal("user", request.To!.Uri!.UserUnescaped);
        Assert.Equal("I have spaces", request.From!.Uri!.UserUnescaped);
        Assert.Equal("esc01.239409asdfakjkn23onasd0-3234", request.CallId);
        Assert.Equal("application/sdp", request.ContentType);
        var contact = Assert.Single(request.Contacts).Uri!;
        Assert.Equal(string.Empty, contact.Parameters.Get("%6C%72"));
        Assert.Equal("v%61lue%25%34%31", contact.Parameters.Get("n%61me"));
    }

    [Fact]
    public void Parse_Escnull_KeepsBothContactsDistinct()
    {
        var request = Assert.IsType<SipRequest>(Parse("escnull"));

        Assert.Equal("null-\0-null", request.To!.Uri!.UserUnescaped);
        Assert.Equal(["\0", "\0\0"], request.Contacts.Select(c => c.Uri!.UserUnescaped));
    }

    [Fact]
    public void Parse_Esc02_PercentIsNotAnEscapeOutsideUris()
    {
        var request = Assert.IsType<SipRequest>(Parse("esc02"));

        Assert.Equal("RE%47IST%45R", request.Method);
        Assert.Equal("%Z%45", request.To!.DisplayName);
        Assert.Equal(["alias1", "alias3"], request.Contacts.Select(c => c.Uri!.User));
        Assert.Equal("<sip:alias2@host2.example.com>", request.Headers.Get("C%6Fntact"));
    }

    [Fact]
    public void Parse_Lwsdisp_AcceptsTokenDisplayNameWithoutSpaceBeforeAngle()
    {
        var request = Assert.IsType<SipRequest>(Parse("lwsdisp"));

        Assert.Equal("caller", request.From!.DisplayName);
        Assert.Equal("323", request.From.Tag);
    }

    [Fact]
    public void Parse_Longreq_ReadsLongValuesAndThirtyFourVias()
    {
        var request = Assert.IsType<SipRequest>(Parse("longreq"));

        Assert.Equal(34, request.Vias.Count);
        Assert.Equal("sip33.example.com", request.Vias[0].Host);
        Assert.Equal("192.0.2.5", request.Vias[33].Received);
        Assert.Equal(6000, request.To!.Uri!.Port);
        Assert.Equal(string.Empty, request.To.Uri.Parameters.Get("very" + string.Concat(Enumerable.Repeat("long", 25)) + "ParameterNameWithNoValue"));
        Assert.Equal("12" + string.Concat(Enumerable.Repeat("982", 50)) + "424", request.From!.Tag);
        Assert.Equal("longreq.one" + string.Concat(Enumerable.Repeat("really", 20)) + "longcallid", request.CallId);
    }

    [Fact]
    public void Parse_Dblreq_IgnoresOctetsAfterTheDeclaredBody()
    {
        var request = Assert.IsType<SipRequest>(Parse("dblreq"));

        Assert.Equal("REGISTER", request.Method);
        Assert.Equal(0, request.Body.Length);
        Assert.Equal("dblreq.0ha0isndaksdj99sdfafnl3lk233412", request.CallId);
    }

    [Fact]
    public void Parse_Semiuri_UserPartKeepsItsSemicolon()
    {
        var request = Assert.IsType<SipRequest>(Parse("semiuri"));

        Assert.Equal("user;par=u@example.net", request.RequestUri.UserUnescaped);
        Assert.Equal(0, request.RequestUri.Parameters.Count);
    }

    [Fact]
    public void Parse_Transports_AcceptsUnknownTransportTokens()
    {
        var request = Parse("transports");

        Assert.Equal(["UDP", "SCTP", "TLS", "UNKNOWN", "TCP"], request.Vias.Select(v => v.Transport));
        Assert.Equal("transports.kijh4akdnaqjkwendsasfdj", request.CallId);
    }

    [Fact]
    public void Parse_Unreason_ReadsUtf8ReasonPhrase()
    {
        var response = Assert.IsType<SipResponse>(Parse("unreason"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("= 2**3 * 5**2 но сто девяносто девять - простое", response.ReasonPhrase);
    }

    [Fact]
    public void Parse_Noreason_AcceptsEmptyReasonPhrase()
    {
        var response = Assert.IsType<SipResponse>(Parse("noreason"));

        Assert.Equal(100, response.StatusCode);
        Assert.Equal(string.Empty, response.ReasonPhrase);
    }
}
