using System.Globalization;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace ContactCenter.Plugins.Channels.WebChat.Transcripts;

/// <summary>
/// The <c>transcript</c> section of the plugin's configuration: the SMTP server and sender transcripts are mailed with,
/// how many a conversation may ask for, and the names agents appear under. Without <c>smtp.host</c> and
/// <c>fromAddress</c> the feature is off and the widget is told so.
/// </summary>
internal sealed class TranscriptOptions
{
    public const int DefaultMaxPerConversation = 3;

    public SmtpSettings? Smtp { get; init; }

    public MailboxAddress? Sender { get; init; }

    public int MaxPerConversation { get; init; } = DefaultMaxPerConversation;

    /// <summary>Agent id → the name the customer reads; agents not listed appear as "Asesor" / "Advisor".</summary>
    public IReadOnlyDictionary<string, string> AgentNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public bool IsConfigured => Smtp is not null && Sender is not null;

    /// <exception cref="InvalidOperationException">A value is present but unusable (the plugin then does not start, with this message).</exception>
    public static TranscriptOptions From(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var smtp = section.GetSection("smtp");
        var host = Blank(smtp["host"]);
        var from = Blank(section["fromAddress"]);
        SmtpSettings? settings = null;
        if (host is not null)
        {
            var security = (smtp["security"] ?? "starttls") switch
            {
                "tls" => SmtpSecurity.Tls,
                "starttls" => SmtpSecurity.StartTls,
                "plain-loopback" => SmtpSecurity.PlainLoopback,
                var other => throw new InvalidOperationException($"transcript.smtp.security '{other}' is not tls, starttls or plain-loopback."),
            };
            if (security == SmtpSecurity.PlainLoopback && !SmtpSettings.IsLoopback(host))
            {
                throw new InvalidOperationException($"transcript.smtp.security plain-loopback needs a loopback host, not '{host}': the password would cross the network in clear.");
            }

            var port = Int(smtp["port"], security switch { SmtpSecurity.Tls => 465, SmtpSecurity.StartTls => 587, _ => 25 }, "transcript.smtp.port", 1, 65535);
            var userName = Blank(smtp["userName"]);
            var password = smtp["password"];
            if (userName is not null && string.IsNullOrEmpty(password))
            {
                throw new InvalidOperationException("transcript.smtp.userName is set without transcript.smtp.password.");
            }

            settings = new SmtpSettings(host, port, security, userName, userName is null ? null : password);
        }

        MailboxAddress? sender = null;
        if (from is not null)
        {
            if (!EmailAddress.IsValid(from))
            {
                throw new InvalidOperationException($"transcript.fromAddress '{from}' is not an email address.");
            }

            sender = new MailboxAddress(Blank(section["fromName"]) ?? "", from);
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in section.GetSection("agentNames").GetChildren())
        {
            if (Blank(entry["agentId"]) is { } agentId && Blank(entry["name"]) is { } name)
            {
                names[agentId] = name;
            }
        }

        return new TranscriptOptions
        {
            Smtp = settings,
            Sender = sender,
            MaxPerConversation = Int(section["maxPerConversation"], DefaultMaxPerConversation, "transcript.maxPerConversation", 1, 20),
            AgentNames = names,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int Int(string? value, int fallback, string key, int min, int max)
    {
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max
            ? parsed
            : throw new InvalidOperationException($"{key} '{value}' is not a whole number from {min} to {max}.");
    }
}
