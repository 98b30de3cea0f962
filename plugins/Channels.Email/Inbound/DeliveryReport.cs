using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>
/// A delivery-status notification (RFC 3464: <c>multipart/report; report-type=delivery-status</c>) as far as the
/// channel needs it: the Message-IDs of the mail it reports on (from the returned message or its headers, then the
/// report's own <c>In-Reply-To</c>/<c>References</c>), whether delivery failed for good (an <c>Action: failed</c>
/// recipient, or a <c>5.x.x</c> status), and the first failed recipient's status and diagnostic.
/// </summary>
/// <param name="OriginalMessageIds">The reported mail's Message-IDs, without angle brackets, best first.</param>
/// <param name="Failed">Whether it reports a permanent failure (a delay or a success report is not one).</param>
/// <param name="Status">The recipient's status code (e.g. <c>5.1.1</c>), or empty.</param>
/// <param name="Diagnostic">The recipient's <c>Diagnostic-Code</c> text, or empty.</param>
internal sealed record DeliveryReport(IReadOnlyList<string> OriginalMessageIds, bool Failed, string Status, string Diagnostic)
{
    /// <summary>The report a mail is, or <see langword="null"/> when it is not a delivery-status notification.</summary>
    public static DeliveryReport? From(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Body is not MultipartReport report || !string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var ids = new List<string>();
        void Add(string? id)
        {
            if (id?.Trim().Trim('<', '>') is { Length: > 0 and <= 998 } clean && !clean.Any(char.IsWhiteSpace) && !ids.Contains(clean, StringComparer.Ordinal))
            {
                ids.Add(clean);
            }
        }

        // message/rfc822 and text/rfc822-headers (a MessagePart too) both carry the original's Message-ID.
        foreach (var returned in report.OfType<MessagePart>())
        {
            Add(returned.Message?.MessageId);
        }

        Add(message.InReplyTo);
        foreach (var reference in message.References.Reverse())
        {
            Add(reference);
        }

        var recipients = report.OfType<MessageDeliveryStatus>().SelectMany(s => s.StatusGroups.Skip(1)).ToList();
        var failed = recipients.FirstOrDefault(IsFailure);
        return new DeliveryReport(ids, failed is not null, Field(failed, "Status"), Field(failed, "Diagnostic-Code"));
    }

    private static bool IsFailure(HeaderList recipient) =>
        string.Equals(Field(recipient, "Action"), "failed", StringComparison.OrdinalIgnoreCase) || Field(recipient, "Status").StartsWith('5');

    private static string Field(HeaderList? fields, string name) =>
        fields?[name] is { } value ? string.Concat(value.Where(c => !char.IsControl(c))).Trim() : string.Empty;
}
