using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Email.Plugin;

/// <summary>
/// The plugin's configuration (validated by the kernel against plugin.json's schema). Server credentials are not
/// configuration: they are set per mailbox through the plugin's API and kept encrypted.
/// </summary>
internal sealed record EmailOptions
{
    public IReadOnlyList<MailboxBinding> Mailboxes { get; init; } = [];

    public string InboxFolder { get; init; } = "INBOX";

    /// <summary>Whether a stored message is moved to <see cref="ProcessedFolder"/> (<c>move</c>) or only flagged \Seen (<c>flag</c>).</summary>
    public bool MoveProcessed { get; init; } = true;

    public string ProcessedFolder { get; init; } = "Processed";

    public string QuarantineFolder { get; init; } = "Quarantine";

    public int MaxMessageBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The most bytes of files one agent reply may carry (all its attachments together, before encoding).</summary>
    public long MaxAttachmentBytes { get; init; } = 10 * 1024 * 1024;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan IdleFor { get; init; } = TimeSpan.FromMinutes(9);

    public int MaxRetries { get; init; } = 3;

    /// <summary>The plugin-wide Spanish signature template (Scriban), used by mailboxes without their own; empty leaves it out.</summary>
    public string SignatureEs { get; init; } = "";

    /// <summary>The plugin-wide English signature template (Scriban), used by mailboxes without their own; empty leaves it out.</summary>
    public string SignatureEn { get; init; } = "";

    /// <summary>The plugin-wide Spanish auto-acknowledgement template (Scriban); empty leaves it out.</summary>
    public string AutoAckEs { get; init; } = "";

    /// <summary>The plugin-wide English auto-acknowledgement template (Scriban); empty leaves it out.</summary>
    public string AutoAckEn { get; init; } = "";

    /// <summary>At most one auto-acknowledgement per sender and mailbox within this window.</summary>
    public TimeSpan AutoAckWindow { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The response time promised by default, in hours (the acknowledgement's <c>response_hours</c>).</summary>
    public int ResponseHours { get; init; } = 24;

    /// <summary>Agent id → the name the signature's <c>agent_name</c> gives (agents not listed: empty).</summary>
    public IReadOnlyDictionary<string, string> AgentNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public static EmailOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new EmailOptions
        {
            Mailboxes = [.. configuration.GetSection("mailboxes").GetChildren()
                .Select(s => new MailboxBinding(s["channel"] ?? "", s["address"] ?? "", s["displayName"] ?? "", s["serviceLineId"] ?? "", s["queueId"] ?? "")
                {
                    SignatureEs = s["signatureEs"],
                    SignatureEn = s["signatureEn"],
                    AutoAck = bool.TryParse(s["autoAck"], out var autoAck) && autoAck,
                    AutoAckEs = s["autoAckEs"],
                    AutoAckEn = s["autoAckEn"],
                    ResponseHours = int.TryParse(s["responseHours"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var hours) ? hours : null,
                })
                .Where(b => b.Channel.Length > 0 && b.Address.Contains('@', StringComparison.Ordinal))],
            InboxFolder = configuration["inboxFolder"] ?? "INBOX",
            MoveProcessed = !string.Equals(configuration["afterProcessing"], "flag", StringComparison.Ordinal),
            ProcessedFolder = configuration["processedFolder"] ?? "Processed",
            QuarantineFolder = configuration["quarantineFolder"] ?? "Quarantine",
            MaxMessageBytes = Int(configuration["maxMessageBytes"], 10 * 1024 * 1024),
            MaxAttachmentBytes = Int(configuration["maxAttachmentBytes"], 10 * 1024 * 1024),
            PollInterval = TimeSpan.FromSeconds(Int(configuration["pollSeconds"], 30)),
            IdleFor = TimeSpan.FromMinutes(Int(configuration["idleMinutes"], 9)),
            MaxRetries = Int(configuration["maxRetries"], 3),
            SignatureEs = configuration["signatureEs"] ?? Outbound.SignatureTemplates.DefaultEs,
            SignatureEn = configuration["signatureEn"] ?? Outbound.SignatureTemplates.DefaultEn,
            AutoAckEs = configuration["autoAckEs"] ?? Outbound.AutoAckTemplates.DefaultEs,
            AutoAckEn = configuration["autoAckEn"] ?? Outbound.AutoAckTemplates.DefaultEn,
            AutoAckWindow = TimeSpan.FromHours(Int(configuration["autoAckHours"], 24)),
            ResponseHours = Int(configuration["responseHours"], 24),
            AgentNames = configuration.GetSection("agentNames").GetChildren().Where(c => c.Value is { Length: > 0 })
                .ToDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal),
        };
    }

    public MailboxBinding? ByChannel(string? channel) => Mailboxes.FirstOrDefault(m => m.Channel == channel);

    private static int Int(string? value, int fallback) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback;
}
