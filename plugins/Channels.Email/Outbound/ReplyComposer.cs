using ContactCenter.Plugins.Channels.Email.Plugin;
using ContactCenter.Plugins.Channels.Email.Threads;
using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Outbound;

/// <summary>
/// An agent's reply as a mail: from the mailbox to the customer, <c>Re:</c> the thread's subject, answering its newest
/// message (<c>In-Reply-To</c>) with the thread's <c>References</c>, our own Message-ID (derived from the kernel's
/// message id, so a retried send carries the same one), plain text with the bilingual signature after the standard
/// <c>-- </c> separator.
/// </summary>
internal static class ReplyComposer
{
    public static MimeMessage Compose(MailboxBinding mailbox, MailThread thread, string messageId, string text, EmailOptions options, DateTimeOffset now)
    {
        var message = new MimeMessage { MessageId = messageId, Date = now, Subject = ReplySubject(thread.Subject), InReplyTo = thread.LastMessageId };
        message.From.Add(new MailboxAddress(mailbox.DisplayName, mailbox.Address));
        message.To.Add(MailboxAddress.Parse(thread.Customer));
        foreach (var reference in thread.References)
        {
            message.References.Add(reference);
        }

        message.Body = new TextPart("plain") { Text = WithSignature(text, options) };
        return message;
    }

    /// <summary>Our Message-ID for a kernel message: stable for the message, unique across messages, in the mailbox's domain.</summary>
    public static string MessageIdFor(MailboxBinding mailbox, string kernelMessageId) =>
        $"cc.{MessageIndex.Key(kernelMessageId)[..32]}@{mailbox.Address[(mailbox.Address.LastIndexOf('@') + 1)..]}";

    public static string ReplySubject(string subject) =>
        subject.StartsWith("re:", StringComparison.OrdinalIgnoreCase) ? subject : subject.Length == 0 ? "Re: Su consulta / Your enquiry" : $"Re: {subject}";

    private static string WithSignature(string text, EmailOptions options)
    {
        var signature = string.Join("\n\n", new[] { options.SignatureEs, options.SignatureEn }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return signature.Length == 0 ? text : $"{text}\n\n-- \n{signature}";
    }
}
