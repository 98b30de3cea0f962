using System.Text;
using ContactCenter.Plugins.Channels.Email.Accounts;

namespace ContactCenter.Plugins.Channels.Email.Tests.Accounts;

public sealed class AccountRequestTests
{
    private const string Secret = "contraseña-muy-secreta";

    private static (AccountSettings? Settings, Dictionary<string, string> Errors) Parse(string json) => AccountRequest.Parse(Encoding.UTF8.GetBytes(json));

    private static string Server(string host, string security, int port = 993) =>
        $"{{\"host\":\"{host}\",\"port\":{port},\"security\":\"{security}\",\"userName\":\"autos@aseguradora.test\",\"password\":\"{Secret}\"}}";

    [Fact]
    public void Parse_Valid_BothServers()
    {
        var (settings, errors) = Parse($"{{\"imap\":{Server("imap.example.test", "tls")},\"smtp\":{Server("smtp.example.test", "starttls", 587)}}}");

        Assert.Empty(errors);
        Assert.Equal((MailSecurity.Tls, MailSecurity.StartTls, 587), (settings!.Imap.Security, settings.Smtp.Security, settings.Smtp.Port));
        Assert.DoesNotContain(Secret, settings.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("::1")]
    public void Parse_PlainOnLoopback_Accepted(string host)
    {
        var (settings, errors) = Parse($"{{\"imap\":{Server(host, "plain-loopback", 143)},\"smtp\":{Server(host, "plain-loopback", 25)}}}");

        Assert.Empty(errors);
        Assert.Equal(MailSecurity.PlainLoopback, settings!.Imap.Security);
    }

    [Fact]
    public void Parse_PlainOnARemoteHost_RefusedNamingTheField()
    {
        var (settings, errors) = Parse($"{{\"imap\":{Server("imap.example.test", "plain-loopback")},\"smtp\":{Server("10.1.2.3", "plain-loopback")}}}");

        Assert.Null(settings);
        Assert.Contains("loopback", errors["imap.security"], StringComparison.Ordinal);
        Assert.Contains("smtp.security", errors.Keys);
    }

    [Theory]
    [InlineData("{\"imap\":{}}", "imap.host")]
    [InlineData("{\"smtp\":{}}", "imap")]
    [InlineData("[1]", "body")]
    [InlineData("{", "body")]
    public void Parse_Missing_EveryProblemNamedNoValueEchoed(string json, string field)
    {
        var (settings, errors) = Parse(json);

        Assert.Null(settings);
        Assert.Contains(field, errors.Keys);
        Assert.DoesNotContain(errors.Values, v => v.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_BadPortAndSecurity_Named()
    {
        var (_, errors) = Parse($"{{\"imap\":{Server("imap.example.test", "ssl3", 70000)},\"smtp\":{Server("smtp.example.test", "tls")}}}");

        Assert.Equal(["imap.port", "imap.security"], errors.Keys.Order(StringComparer.Ordinal));
    }
}
