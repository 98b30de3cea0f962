using ContactCenter.Plugins.Channels.Email.Inbound;
using ContactCenter.Plugins.Channels.Email.Outbound;
using ContactCenter.Plugins.Channels.Email.Plugin;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Tests.Outbound;

public sealed class AutoAckTemplatesTests
{
    private static readonly MailboxBinding Mailbox = new("autos", "autos@aseguradora.test", "Seguros de autos", "autos", "autos-general");

    [Fact]
    public void Defaults_NameTheCustomerSubjectReferenceAndResponseTime_InBothLanguages()
    {
        var options = EmailOptions.From(new ConfigurationBuilder().Build());

        var text = AutoAckTemplates.For(Mailbox, options).Render(Mailbox, 8, "Ana Soto", "Choque", "conv-42", out var fellBack);

        Assert.False(fellBack);
        Assert.StartsWith("Hola Ana Soto:\n\nRecibimos su mensaje «Choque». Su referencia es conv-42.\nLe responderemos en un plazo de 8 horas.", text, StringComparison.Ordinal);
        Assert.Contains("Hello Ana Soto,\n\nWe received your message \"Choque\". Your reference is conv-42.\nWe will answer within 8 hours.", text, StringComparison.Ordinal);
        Assert.EndsWith("This is an automatic message from Seguros de autos.", text, StringComparison.Ordinal);
        Assert.StartsWith("Hola:\n\nRecibimos su mensaje. ", AutoAckTemplates.For(Mailbox, options).Render(Mailbox, 24, "", "", "c", out _), StringComparison.Ordinal);
    }

    [Fact]
    public void FromSettings_MailboxTemplatesWin_AutoAckIsOffUnlessSet_AndHoursAreRead()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["mailboxes:0:channel"] = "autos",
            ["mailboxes:0:address"] = "autos@aseguradora.test",
            ["mailboxes:0:serviceLineId"] = "autos",
            ["mailboxes:0:queueId"] = "q",
            ["mailboxes:0:autoAck"] = "true",
            ["mailboxes:0:autoAckEs"] = "{{ reference }} en {{ response_hours }} h ({{ service_line }}/{{ channel }}, {{ mailbox_address }})",
            ["mailboxes:0:responseHours"] = "4",
            ["mailboxes:1:channel"] = "salud",
            ["mailboxes:1:address"] = "salud@aseguradora.test",
            ["mailboxes:1:serviceLineId"] = "salud",
            ["mailboxes:1:queueId"] = "q",
            ["autoAckEn"] = "",
            ["autoAckHours"] = "2",
            ["responseHours"] = "48",
        }).Build();
        var options = EmailOptions.From(configuration);
        var (autos, salud) = (options.Mailboxes[0], options.Mailboxes[1]);

        Assert.Equal((true, false, TimeSpan.FromHours(2), 4, (int?)null), (autos.AutoAck, salud.AutoAck, options.AutoAckWindow, autos.ResponseHours, salud.ResponseHours));
        Assert.Equal("c-1 en 4 h (autos/autos, autos@aseguradora.test)",
            AutoAckTemplates.For(autos, options).Render(autos, autos.ResponseHours ?? options.ResponseHours, "", "", "c-1", out _));
        Assert.StartsWith("Hola:", AutoAckTemplates.For(salud, options).Render(salud, options.ResponseHours, "", "", "c-2", out _), StringComparison.Ordinal);
        Assert.DoesNotContain("Hello", AutoAckTemplates.For(salud, options).Render(salud, options.ResponseHours, "", "", "c-2", out _), StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateThatDoesNotParse_StopsWithTheSettingsName()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AutoAckTemplates.For(Mailbox with { AutoAckEn = "{{ if subject }}" }, new EmailOptions()));
        var global = Assert.Throws<InvalidOperationException>(() => AutoAckTemplates.For(Mailbox, new EmailOptions { AutoAckEs = "{{ for x in }}" }));

        Assert.Contains("auto-acknowledgement template 'mailboxes[autos].autoAckEn' does not parse", error.Message, StringComparison.Ordinal);
        Assert.Contains("'autoAckEs' does not parse", global.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateThatFailsToRender_SendsTheDefaultsAndSaysSo()
    {
        var mailbox = Mailbox with { AutoAckEs = "Hola {{ nombre_cliente }}" };

        var text = AutoAckTemplates.For(mailbox, new EmailOptions { AutoAckEn = "never half-rendered" }).Render(mailbox, 24, "Ana", "S", "r", out var fellBack);

        Assert.True(fellBack);
        Assert.StartsWith("Hola Ana:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("half-rendered", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_AnswersTheOriginal_WithAutoSubmittedAndReSubject()
    {
        var (mail, _) = MailParser.Parse(Raw("From: Ana <ana@cliente.test>\r\nSubject: Choque\r\nMessage-ID: <m2@cliente.test>\r\nReferences: <m0@x> <m1@x>\r\n\r\nHola\r\n"), 1 << 20);

        using var ack = AutoAcknowledger.Compose(Mailbox, mail!, "ana@cliente.test", "cc.ack.1@aseguradora.test", "Recibido", DateTimeOffset.UnixEpoch);

        Assert.Equal(("auto-replied", "All"), (ack.Headers[HeaderId.AutoSubmitted], ack.Headers["X-Auto-Response-Suppress"]));
        Assert.Equal(("Re: Choque", "m2@cliente.test", "cc.ack.1@aseguradora.test"), (ack.Subject, ack.InReplyTo, ack.MessageId));
        Assert.Equal(["m0@x", "m1@x", "m2@cliente.test"], ack.References);
        Assert.Equal(("Seguros de autos", "autos@aseguradora.test", "ana@cliente.test"), (ack.From.Mailboxes.Single().Name, ack.From.Mailboxes.Single().Address, ack.To.Mailboxes.Single().Address));
        Assert.Equal("Recibido", ack.TextBody);
    }

    internal static byte[] Raw(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
