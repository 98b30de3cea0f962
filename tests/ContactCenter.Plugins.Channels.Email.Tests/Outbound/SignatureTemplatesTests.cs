using ContactCenter.Plugins.Channels.Email.Outbound;
using ContactCenter.Plugins.Channels.Email.Plugin;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Email.Tests.Outbound;

public sealed class SignatureTemplatesTests
{
    private static readonly MailboxBinding Mailbox = new("autos", "autos@aseguradora.test", "Seguros de autos", "autos", "autos-general");

    [Fact]
    public void Defaults_AreTodaysTextWithTheAgentsNameWhenKnown()
    {
        var templates = SignatureTemplates.For(Mailbox, EmailOptions.From(new ConfigurationBuilder().Build()));

        Assert.Equal("Atentamente,\nServicio al cliente\n\nKind regards,\nCustomer service", templates.Render(Mailbox, "", out var fellBack));
        Assert.False(fellBack);
        Assert.Equal("Atentamente,\nLucía Pérez\nServicio al cliente\n\nKind regards,\nLucía Pérez\nCustomer service", templates.Render(Mailbox, "Lucía Pérez", out _));
    }

    [Fact]
    public void MailboxTemplates_WinOverPluginWideOnes_AndSeeTheMailboxVariables()
    {
        var mailbox = Mailbox with { SignatureEs = "{{ agent_name }} · {{ mailbox_name }} <{{ mailbox_address }}> ({{ service_line }}/{{ channel }})", SignatureEn = "" };
        var options = new EmailOptions { SignatureEs = "global es", SignatureEn = "global en" };

        var signature = SignatureTemplates.For(mailbox, options).Render(mailbox, "Ana", out var fellBack);

        Assert.Equal(("Ana · Seguros de autos <autos@aseguradora.test> (autos/autos)", false), (signature, fellBack));
        Assert.Equal("global es\n\nglobal en", SignatureTemplates.For(Mailbox, options).Render(Mailbox, "Ana", out _));
    }

    [Fact]
    public void ConfiguredFromSettings_MailboxItemOverridesAndAgentNamesAreRead()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["mailboxes:0:channel"] = "autos",
            ["mailboxes:0:address"] = "autos@aseguradora.test",
            ["mailboxes:0:serviceLineId"] = "autos",
            ["mailboxes:0:queueId"] = "q",
            ["mailboxes:0:signatureEn"] = "Bye, {{ agent_name }}",
            ["signatureEs"] = "",
            ["agentNames:agent-7"] = "Marta",
        }).Build();
        var options = EmailOptions.From(configuration);
        var mailbox = Assert.Single(options.Mailboxes);

        Assert.Equal("Bye, Marta", SignatureTemplates.For(mailbox, options).Render(mailbox, options.AgentNames["agent-7"], out _));
    }

    [Theory]
    [InlineData("es", "mailboxes[autos].signatureEs")]
    [InlineData("en", "mailboxes[autos].signatureEn")]
    public void MailboxTemplateThatDoesNotParse_StopsWithTheSettingsName(string lang, string setting)
    {
        var mailbox = lang == "es" ? Mailbox with { SignatureEs = "{{ if agent_name }}" } : Mailbox with { SignatureEn = "{{ for x in }}" };

        var error = Assert.Throws<InvalidOperationException>(() => SignatureTemplates.For(mailbox, new EmailOptions()));

        Assert.Contains($"'{setting}' does not parse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PluginWideTemplateThatDoesNotParse_StopsWithTheSettingsName()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SignatureTemplates.For(Mailbox, new EmailOptions { SignatureEn = "{{ if agent_name }}Regards" }));

        Assert.Contains("'signatureEn' does not parse", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Saludos, {{ agnet_name }}")]                      // a name that does not exist
    [InlineData("{{ for i in 1..1000 }}x{{ end }}")]                // past the loop limit
    [InlineData("{{ include 'other' }}")]                           // no template loader: include is refused
    public void TemplateThatFailsToRender_FallsBackToTheDefaultsAndSaysSo(string broken)
    {
        var mailbox = Mailbox with { SignatureEs = broken };

        var signature = SignatureTemplates.For(mailbox, new EmailOptions { SignatureEn = "never half-rendered" }).Render(mailbox, "Ana", out var fellBack);

        Assert.True(fellBack);
        Assert.Equal("Atentamente,\nAna\nServicio al cliente\n\nKind regards,\nAna\nCustomer service", signature);
    }
}
