using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.WhatsApp.Plugin;

/// <summary>
/// The plugin's configuration (validated by the kernel against plugin.json's schema). Secrets (app secret, access
/// token, verify token) are not configuration: they are set through the plugin's API and kept encrypted.
/// </summary>
internal sealed record WhatsAppOptions
{
    public IReadOnlyList<NumberBinding> Numbers { get; init; } = [];

    public string GraphBaseUrl { get; init; } = "https://graph.facebook.com";

    public string GraphVersion { get; init; } = "v21.0";

    public int MaxWebhookBytes { get; init; } = 1024 * 1024;

    public int MaxRetries { get; init; } = 3;

    public static WhatsAppOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new WhatsAppOptions
        {
            Numbers = [.. configuration.GetSection("numbers").GetChildren()
                .Select(s => new NumberBinding(s["phoneNumberId"] ?? "", s["channel"] ?? "", s["serviceLineId"] ?? "", s["queueId"] ?? ""))
                .Where(b => b.Channel.Length > 0 && b.PhoneNumberId.Length > 0)],
            GraphBaseUrl = configuration["graphBaseUrl"] ?? "https://graph.facebook.com",
            GraphVersion = configuration["graphVersion"] ?? "v21.0",
            MaxWebhookBytes = Int(configuration["maxWebhookBytes"], 1024 * 1024),
            MaxRetries = Int(configuration["maxRetries"], 3),
        };
    }

    public NumberBinding? ByPhoneNumberId(string? id) => Numbers.FirstOrDefault(n => n.PhoneNumberId == id);

    public NumberBinding? ByChannel(string? channel) => Numbers.FirstOrDefault(n => n.Channel == channel);

    private static int Int(string? value, int fallback) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback;
}
