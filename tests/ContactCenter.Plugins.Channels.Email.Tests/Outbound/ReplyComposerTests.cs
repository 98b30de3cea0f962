using ContactCenter.Plugins.Channels.Email.Outbound;
using ContactCenter.Plugins.Channels.Email.Plugin;
using ContactCenter.Plugins.Channels.Email.Threads;

namespace ContactCenter.Plugins.Channels.Email.Tests.Outbound;

public sealed class ReplyComposerTests
{
    private static readonly MailboxBinding Mailbox = new("autos", "autos@aseguradora.test", "Seguros de autos", "autos", "autos-general");

    [Fact]
    public void Compose_AnswersTheNewestMessageWithTheThreadsReferencesAndTheSignature()
    {
        var thread = new MailThread("autos", "t1", "ana@cliente.test", "Choque", "a2@aseguradora.test", ["c1@cliente.test", "a2@aseguradora.test"]);
        var options = new EmailOptions { SignatureEs = "Atentamente", SignatureEn = "Kind regards" };

        using var mail = ReplyComposer.Compose(Mailbox, thread, "r@aseguradora.test", "Listo.", options, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

        Assert.Equal(("Re: Choque", "a2@aseguradora.test", "r@aseguradora.test"), (mail.Subject, mail.InReplyTo, mail.MessageId));
        Assert.Equal(["c1@cliente.test", "a2@aseguradora.test"], mail.References);
        Assert.Equal("ana@cliente.test", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal(("Seguros de autos", "autos@aseguradora.test"), (Assert.Single(mail.From.Mailboxes).Name, mail.From.Mailboxes.Single().Address));
        Assert.Equal("Listo.\n\n-- \nAtentamente\n\nKind regards", mail.TextBody?.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("Choque", "Re: Choque")]
    [InlineData("RE: Choque", "RE: Choque")]
    [InlineData("", "Re: Su consulta / Your enquiry")]
    public void ReplySubject_NeverStacksRe(string subject, string expected) => Assert.Equal(expected, ReplyComposer.ReplySubject(subject));

    [Fact]
    public void MessageIdFor_StablePerMessageAndInTheMailboxDomain()
    {
        var id = ReplyComposer.MessageIdFor(Mailbox, "conv-1.4");

        Assert.Equal(id, ReplyComposer.MessageIdFor(Mailbox, "conv-1.4"));
        Assert.NotEqual(id, ReplyComposer.MessageIdFor(Mailbox, "conv-1.5"));
        Assert.EndsWith("@aseguradora.test", id, StringComparison.Ordinal);
    }
}
