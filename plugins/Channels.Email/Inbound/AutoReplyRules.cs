using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>
/// RFC 3834's rules for whether a mail may be answered automatically, and where to. Never answered: mail with an
/// <c>Auto-Submitted</c> other than <c>no</c> (§2), <c>Precedence: bulk</c>, <c>junk</c> or <c>list</c>, a mailing list's
/// <c>List-Id</c>/<c>List-Unsubscribe</c> (§2), an <c>X-Auto-Response-Suppress</c> asking for no auto-replies, a report
/// (<c>multipart/report</c>, a bounce), an empty <c>Return-Path</c> (<c>&lt;&gt;</c>, §3.1.3), or a sender or
/// return path that is a robot's (<c>MAILER-DAEMON</c>, <c>postmaster</c>, <c>noreply</c> and kin, list owners and
/// <c>-request</c> addresses). Otherwise the answer goes to the <c>Return-Path</c> (§3.1.3), or the <c>From</c> when
/// the mail carries none (read from a mailbox that kept no envelope sender).
/// </summary>
internal static class AutoReplyRules
{
    private static readonly HashSet<string> Robots = new(StringComparer.OrdinalIgnoreCase)
    {
        "mailer-daemon", "postmaster", "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "listserv", "majordomo", "bounce", "bounces",
    };

    /// <returns>The address to answer, or why the mail must not be answered automatically.</returns>
    public static (string? Recipient, string? Refusal) Check(MimeMessage message, string from)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(from);
        var headers = message.Headers;
        if (headers[HeaderId.AutoSubmitted] is { } autoSubmitted && !string.Equals(Token(autoSubmitted), "no", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"Auto-Submitted: {Token(autoSubmitted)}");
        }

        if (headers[HeaderId.Precedence] is { } precedence && Token(precedence).ToLowerInvariant() is "bulk" or "junk" or "list")
        {
            return (null, $"Precedence: {Token(precedence)}");
        }

        foreach (var list in new[] { HeaderId.ListId, HeaderId.ListUnsubscribe })
        {
            if (headers.Contains(list))
            {
                return (null, $"a mailing list's {list.ToHeaderName()}");
            }
        }

        if (headers["X-Auto-Response-Suppress"] is { } suppress
            && suppress.Split(',', StringSplitOptions.TrimEntries).Any(s => s.Equals("All", StringComparison.OrdinalIgnoreCase) || s.Equals("AutoReply", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, "X-Auto-Response-Suppress");
        }

        if (message.Body is MultipartReport || message.Body?.ContentType.IsMimeType("multipart", "report") == true)
        {
            return (null, "a report (bounce or notification)");
        }

        var recipient = from;
        if (headers[HeaderId.ReturnPath] is { } returnPath)
        {
            var path = returnPath.Trim().Trim('<', '>').Trim();
            if (path.Length == 0)
            {
                return (null, "an empty Return-Path");
            }

            if (!MailboxAddress.TryParse(path, out var parsed) || parsed.Address.IndexOf('@', StringComparison.Ordinal) <= 0)
            {
                return (null, "a Return-Path that is not an address");
            }

            recipient = parsed.Address;
        }

        return IsRobot(from) || IsRobot(recipient) ? (null, "a robot's address (mailer-daemon, postmaster, noreply, list owner)") : (recipient, null);
    }

    private static bool IsRobot(string address)
    {
        var local = address[..Math.Max(0, address.IndexOf('@', StringComparison.Ordinal))];
        return Robots.Contains(local) || local.StartsWith("owner-", StringComparison.OrdinalIgnoreCase) || local.EndsWith("-request", StringComparison.OrdinalIgnoreCase)
            || local.EndsWith("-bounces", StringComparison.OrdinalIgnoreCase);
    }

    // "auto-replied; comment (x)" -> "auto-replied": the keyword before any parameter or comment.
    private static string Token(string value)
    {
        var end = value.IndexOfAny([';', '(']);
        return (end < 0 ? value : value[..end]).Trim();
    }
}
