using ContactCenter.Plugins.Channels.Email.Plugin;
using ContactCenter.Plugins.Channels.Email.Threads;
using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Outbound;

/// <summary>
/// An agent's reply as a mail: from the mailbox to the customer, <c>Re:</c> the thread's subject, answering its newest
/// message (<c>In-Reply-To</c>) with the thread's <c>References</c>, our own Message-ID (derived from the kernel's
/// message id, so a retried send carries the same one), plain text with the mailbox's rendered bilingual signature after the standard
/// <c>-- </c> separator, and the agent's files as MIME attachments (base64, file names written with RFC 2231 so any
/// script survives).
/// </summary>
internal static class ReplyComposer
{
    public static MimeMessage Compose(MailboxBinding mailbox, MailThread thread, string messageId, string text, string signature, DateTimeOffset now) =>
        Compose(mailbox, thread, messageId, text, [], signature, now);

    /// <param name="signature">The rendered signature (<see cref="SignatureTemplates"/>); empty for none.</param>
    public static MimeMessage Compose(MailboxBinding mailbox, MailThread thread, string messageId, string text, IReadOnlyList<MailAttachment> files,
        string signature, DateTimeOffset now)
    {
        var message = new MimeMessage { MessageId = messageId, Date = now, Subject = ReplySubject(thread.Subject), InReplyTo = thread.LastMessageId };
        message.From.Add(new MailboxAddress(mailbox.DisplayName, mailbox.Address));
        message.To.Add(MailboxAddress.Parse(thread.Customer));
        foreach (var reference in thread.References)
        {
            message.References.Add(reference);
        }

        var body = new TextPart("plain") { Text = WithSignature(text, signature) };
        if (files.Count == 0)
        {
            message.Body = body;
            return message;
        }

        var mixed = new Multipart("mixed") { body };
        foreach (var file in files)
        {
            mixed.Add(Attachment(file));
        }

        message.Body = mixed;
        return message;
    }

    private static MimePart Attachment(MailAttachment file)
    {
        var part = new MimePart(ContentType.Parse(file.ContentType))
        {
            Content = new MimeContent(new MemoryStream(file.Content, writable: false)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = file.FileName,
        };

        // RFC 2231 (filename*=charset''…) rather than RFC 2047 words, which RFC 2047 itself forbids in parameters.
        foreach (var parameter in part.ContentDisposition.Parameters.Concat(part.ContentType.Parameters))
        {
            parameter.EncodingMethod = ParameterEncodingMethod.Rfc2231;
        }

        return part;
    }

    /// <summary>Our Message-ID for a kernel message: stable for the message, unique across messages, in the mailbox's domain.</summary>
    public static string MessageIdFor(MailboxBinding mailbox, string kernelMessageId) =>
        $"cc.{MessageIndex.Key(kernelMessageId)[..32]}@{mailbox.Address[(mailbox.Address.LastIndexOf('@') + 1)..]}";

    public static string ReplySubject(string subject) =>
        subject.StartsWith("re:", StringComparison.OrdinalIgnoreCase) ? subject : subject.Length == 0 ? "Re: Su consulta / Your enquiry" : $"Re: {subject}";

    private static string WithSignature(string text, string signature) =>
        signature.Length == 0 ? text : text.Length == 0 ? $"-- \n{signature}" : $"{text}\n\n-- \n{signature}";
}
