using System.Security.Cryptography;
using ContactCenter.Sdk.Conversations;
using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>
/// Reads a raw mail into a <see cref="ParsedMail"/>, or says why it cannot be taken (the caller quarantines it): not
/// MIME, no single valid sender address, or a size over the limit. The text body is preferred; an HTML-only mail is
/// turned into safe text. The text is cut to the kernel's limit with a note saying so.
/// </summary>
internal static class MailParser
{
    /// <summary>The kernel's longest message text.</summary>
    public const int MaxTextLength = 4096;

    private const string Truncated = "\n[… recortado / truncated]";

    public static (ParsedMail? Mail, string? Refusal) Parse(byte[] raw, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.Length > maxBytes)
        {
            return (null, $"the message is {raw.Length} bytes, over the {maxBytes}-byte limit");
        }

        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (FormatException ex)
        {
            return (null, $"not a MIME message: {ex.Message}");
        }

        var senders = message.From.Mailboxes.ToList();
        if (senders.Count != 1 || !IsAddress(senders[0].Address))
        {
            return (null, senders.Count == 0 ? "no valid sender address in From" : "From must name exactly one valid address");
        }

        var messageId = Clean(message.MessageId) ?? $"sha256-{Convert.ToHexStringLower(SHA256.HashData(raw))[..32]}@cc.channels.email.invalid";
        var references = message.References.Select(Clean).OfType<string>().ToList();
        var parents = new List<string>();
        if (Clean(message.InReplyTo) is { } inReplyTo)
        {
            parents.Add(inReplyTo);
        }

        parents.AddRange(Enumerable.Reverse(references).Where(r => !parents.Contains(r, StringComparer.Ordinal)));
        var subject = (message.Subject ?? "").Trim();
        var body = message.TextBody ?? (message.HtmlBody is { } html ? HtmlText.ToText(html) : "");
        var text = subject.Length > 0 ? $"Asunto / Subject: {subject}\n\n{body.Trim()}" : body.Trim();
        if (text.Length > MaxTextLength)
        {
            text = text[..(MaxTextLength - Truncated.Length)] + Truncated;
        }

        var (autoReplyTo, noAutoReply) = AutoReplyRules.Check(message, senders[0].Address);
        return (new ParsedMail(messageId, senders[0].Address, NameOf(senders[0]), subject, text, parents, references, Attachments(message))
        {
            AutoReplyTo = autoReplyTo,
            NoAutoReply = noAutoReply,
        }, null);
    }

    /// <summary>The delivery-status notification a raw mail is, or <see langword="null"/> (also for mail that is not MIME).</summary>
    public static DeliveryReport? Report(byte[] raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            using var message = MimeMessage.Load(stream);
            return DeliveryReport.From(message);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The attached files, then the images the HTML body shows inline (<c>cid:</c>, not marked as attachments): the agent
    /// sees no HTML, so these reach them as files (checked by the kernel like any other), named when the mail names none.
    /// </summary>
    private static List<InboundAttachment> Attachments(MimeMessage message)
    {
        var files = new List<InboundAttachment>();
        foreach (var part in message.Attachments.OfType<MimePart>())
        {
            files.Add(File(part, part.FileName));
        }

        var html = message.HtmlBody ?? string.Empty;
        var inline = message.BodyParts.OfType<MimePart>()
            .Where(p => !p.IsAttachment && p.ContentType.MediaType.Equals("image", StringComparison.OrdinalIgnoreCase) && Clean(p.ContentId) is { } id
                && html.Contains($"cid:{id}", StringComparison.OrdinalIgnoreCase));
        foreach (var part in inline)
        {
            files.Add(File(part, part.FileName ?? $"imagen-{files.Count + 1}.{part.ContentType.MediaSubtype.ToLowerInvariant()}"));
        }

        return files;
    }

    private static InboundAttachment File(MimePart part, string? name)
    {
        using var content = new MemoryStream();
        part.Content?.DecodeTo(content);
        return new InboundAttachment { FileName = name, ContentType = part.ContentType.MimeType, Content = content.ToArray() };
    }

    private static string? NameOf(MailboxAddress sender) => string.IsNullOrWhiteSpace(sender.Name) ? null : sender.Name.Trim();

    private static string? Clean(string? messageId) =>
        messageId?.Trim().Trim('<', '>') is { Length: > 0 and <= 998 } id && !id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? id : null;

    private static bool IsAddress(string? address) =>
        address is { Length: >= 3 and <= 320 } && address.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < address.Length - 1
        && !address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
}
