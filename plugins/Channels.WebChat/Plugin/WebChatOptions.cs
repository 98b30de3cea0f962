using System.Globalization;
using ContactCenter.Plugins.Channels.WebChat.Transcripts;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.WebChat.Plugin;

/// <summary>The plugin's configuration (already validated by the kernel against the schema in plugin.json).</summary>
internal sealed record WebChatOptions
{
    /// <summary>The longest text a visitor may send, in characters (the kernel's conversation limit).</summary>
    public const int MaxTextLength = 4096;

    public IReadOnlyList<InboxBinding> Inboxes { get; init; } = [];

    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    public int MaxFrameBytes { get; init; } = 32 * 1024;

    public int MessagesPerMinute { get; init; } = 30;

    /// <summary>The largest file a visitor may upload, in bytes (the kernel's per-type limits apply within it).</summary>
    public long MaxUploadBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Transcripts by email: the SMTP server, the sender and the per-conversation limit (off without a server).</summary>
    public TranscriptOptions Transcript { get; init; } = new();

    public static WebChatOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var inboxes = configuration.GetSection("inboxes").GetChildren()
            .Where(s => s["channel"] is { Length: > 0 })
            .Select(s => new InboxBinding(s["channel"]!, s["serviceLineId"] ?? "", s["queueId"] ?? "")
            {
                TimeZone = TimeZoneOf(s["channel"]!, s["timeZone"]),
                Transcript = s.GetSection("transcript").GetChildren().Any() ? TranscriptTemplates.From(s.GetSection("transcript"), s["channel"]!) : TranscriptTemplates.Default,
            })
            .ToList();
        var origins = configuration.GetSection("allowedOrigins").GetChildren().Select(s => s.Value).OfType<string>().ToList();
        return new WebChatOptions
        {
            Inboxes = inboxes,
            AllowedOrigins = origins,
            MaxFrameBytes = Int(configuration["maxFrameBytes"], 32 * 1024),
            MessagesPerMinute = Int(configuration["messagesPerMinute"], 30),
            MaxUploadBytes = Int(configuration["maxUploadBytes"], 10 * 1024 * 1024),
            Transcript = TranscriptOptions.From(configuration.GetSection("transcript")),
        };
    }

    public InboxBinding? FindInbox(string? channel) => Inboxes.FirstOrDefault(i => i.Channel == channel);

    public bool IsOriginAllowed(string? origin) =>
        AllowedOrigins.Count == 0 || (origin is not null && AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase));

    private static TimeZoneInfo TimeZoneOf(string channel, string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InvalidOperationException($"Inbox '{channel}': timeZone '{id}' is not a known time zone (use an IANA id such as America/Bogota).", ex);
        }
    }

    private static int Int(string? value, int fallback) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback;
}
