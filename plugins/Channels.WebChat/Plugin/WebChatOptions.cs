using System.Globalization;
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

    public static WebChatOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var inboxes = configuration.GetSection("inboxes").GetChildren()
            .Select(s => new InboxBinding(s["channel"] ?? "", s["serviceLineId"] ?? "", s["queueId"] ?? ""))
            .Where(b => b.Channel.Length > 0)
            .ToList();
        var origins = configuration.GetSection("allowedOrigins").GetChildren().Select(s => s.Value).OfType<string>().ToList();
        return new WebChatOptions
        {
            Inboxes = inboxes,
            AllowedOrigins = origins,
            MaxFrameBytes = Int(configuration["maxFrameBytes"], 32 * 1024),
            MessagesPerMinute = Int(configuration["messagesPerMinute"], 30),
            MaxUploadBytes = Int(configuration["maxUploadBytes"], 10 * 1024 * 1024),
        };
    }

    public InboxBinding? FindInbox(string? channel) => Inboxes.FirstOrDefault(i => i.Channel == channel);

    public bool IsOriginAllowed(string? origin) =>
        AllowedOrigins.Count == 0 || (origin is not null && AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase));

    private static int Int(string? value, int fallback) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback;
}
