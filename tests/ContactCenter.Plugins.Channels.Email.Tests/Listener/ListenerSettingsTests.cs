using System.Net;
using ContactCenter.Plugins.Channels.Email.Listener;
using ContactCenter.Plugins.Channels.Email.Plugin;
using ContactCenter.Plugins.Channels.Email.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Email.Tests.Listener;

public sealed class ListenerSettingsTests
{
    private static readonly EmailOptions Options = new()
    {
        Mailboxes = [ListenerRun.Autos, new MailboxBinding("hogar", "hogar@aseguradora.test", "Hogar", "hogar", "hogar-general")],
        MaxMessageBytes = 2048,
    };

    [Fact]
    public void From_NothingSet_Off()
    {
        Assert.False(ListenerSettings.From(Section([]), Options).Enabled);
        Assert.False(ListenerSettings.From(Section(new() { ["port"] = "99999" }), Options).Enabled);
    }

    [Fact]
    public void From_OnWithDefaults_AllMailboxesPort25AllAddressesPluginSizeLimit()
    {
        var settings = ListenerSettings.From(Section(new() { ["enabled"] = "true" }), Options);

        Assert.True(settings.Enabled);
        Assert.Equal(IPAddress.Any, settings.Address);
        Assert.Equal(25, settings.Port);
        Assert.Equal(["autos", "hogar"], settings.Mailboxes.Select(m => m.Channel));
        Assert.Equal(2048, settings.MaxMessageBytes);
        Assert.Null(settings.Certificate);
        Assert.False(settings.RequireTls);
        Assert.Equal((10, 60), (settings.MaxConnectionsPerSource, settings.MaxMessagesPerMinute));
        Assert.Same(Options.Mailboxes[1], settings.MailboxOf("HOGAR@aseguradora.test"));
        Assert.Null(settings.MailboxOf("otro@aseguradora.test"));
    }

    [Theory]
    [InlineData("port", "70000", "listener.port")]
    [InlineData("port", "-1", "listener.port")]
    [InlineData("port", "veinticinco", "listener.port")]
    [InlineData("address", "not-an-ip", "listener.address")]
    [InlineData("requireTls", "quizas", "listener.requireTls")]
    [InlineData("maxMessageBytes", "10", "listener.maxMessageBytes")]
    [InlineData("maxConnectionsPerSource", "0", "listener.maxConnectionsPerSource")]
    [InlineData("maxMessagesPerMinute", "0", "listener.maxMessagesPerMinute")]
    public void From_BadValue_RefusedNamingTheSettingAndValue(string key, string value, string named)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => ListenerSettings.From(Section(new() { ["enabled"] = "true", [key] = value }), Options));

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_UnknownMailbox_RefusedNamingItAndTheKnownOnes()
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            ListenerSettings.From(Section(new() { ["enabled"] = "true", ["mailboxes:0"] = "autos", ["mailboxes:1"] = "vida" }), Options));

        Assert.Contains("listener.mailboxes", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'vida'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("autos, hogar", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_SomeMailboxes_OnlyTheirAddressesAccept()
    {
        var settings = ListenerSettings.From(Section(new() { ["enabled"] = "true", ["mailboxes:0"] = "hogar" }), Options);

        Assert.Equal(["hogar"], settings.Mailboxes.Select(m => m.Channel));
        Assert.Null(settings.MailboxOf(ListenerRun.Autos.Address));
    }

    [Fact]
    public void From_NoMailboxAtAll_Refused()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => ListenerSettings.From(Section(new() { ["enabled"] = "true" }), new EmailOptions()));

        Assert.Contains("listener.mailboxes", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificate_MissingFile_RefusedNamingTheSettingAndFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.pfx");

        var refused = Assert.Throws<InvalidOperationException>(() =>
            ListenerSettings.From(Section(new() { ["enabled"] = "true", ["certificatePath"] = path }), Options));

        Assert.Contains("listener.certificatePath", refused.Message, StringComparison.Ordinal);
        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificate_PfxAndPemWithSiblingKey_LoadedWithTheirKeys()
    {
        using var made = new TestCertificate();

        using var pfx = ListenerCertificate.Load(made.PfxPath, TestCertificate.Password)!;
        using var pem = ListenerCertificate.Load(made.PemPath, null)!;

        Assert.True(made.IsThis(pfx) && pfx.HasPrivateKey);
        Assert.True(made.IsThis(pem) && pem.HasPrivateKey);
    }

    [Fact]
    public void Certificate_WrongPasswordOrNoKey_RefusedWithoutThePassword()
    {
        using var made = new TestCertificate();

        var wrong = Assert.Throws<InvalidOperationException>(() => ListenerCertificate.Load(made.PfxPath, "clave-equivocada"));
        var keyless = Assert.Throws<InvalidOperationException>(() => ListenerCertificate.Load(made.CertificateOnlyPath, null));

        Assert.Contains("listener.certificatePath", wrong.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("clave-equivocada", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("listener.certificatePath", keyless.Message, StringComparison.Ordinal);
        Assert.Contains(".key", keyless.Message, StringComparison.Ordinal);
    }

    private static IConfigurationSection Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => $"listener:{v.Key}", v => v.Value)).Build().GetSection("listener");
}
