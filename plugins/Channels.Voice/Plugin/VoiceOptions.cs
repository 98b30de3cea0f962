using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>The plugin's configuration (plugin.json "configuration", overridable by the operator).</summary>
internal sealed record VoiceOptions
{
    public IPAddress BindAddress { get; init; } = IPAddress.Any;

    public string? AdvertisedAddress { get; init; }

    public int UdpPort { get; init; } = 5060;

    public int TcpPort { get; init; } = 5060;

    public string Realm { get; init; } = "contactcenter.local";

    public int RtpPortMin { get; init; } = 10000;

    public int RtpPortMax { get; init; } = 20000;

    public string? DefaultQueueId { get; init; }

    /// <summary>Dialled user (DID or line name, e.g. "autos") to queue id.</summary>
    public IReadOnlyDictionary<string, string> Lines { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public static VoiceOptions From(IConfiguration configuration)
    {
        var defaults = new VoiceOptions();
        var bind = configuration["bindAddress"];
        if (bind is { Length: > 0 } && !IPAddress.TryParse(bind, out _))
        {
            throw new InvalidOperationException($"Voice: bindAddress '{bind}' is not an IP address.");
        }

        return new VoiceOptions
        {
            BindAddress = bind is { Length: > 0 } ? IPAddress.Parse(bind) : defaults.BindAddress,
            AdvertisedAddress = NullIfEmpty(configuration["advertisedAddress"]),
            UdpPort = Port(configuration, "udpPort", defaults.UdpPort),
            TcpPort = Port(configuration, "tcpPort", defaults.TcpPort),
            Realm = NullIfEmpty(configuration["realm"]) ?? defaults.Realm,
            RtpPortMin = Port(configuration, "rtpPortMin", defaults.RtpPortMin),
            RtpPortMax = Port(configuration, "rtpPortMax", defaults.RtpPortMax),
            DefaultQueueId = NullIfEmpty(configuration["defaultQueueId"]),
            Lines = configuration.GetSection("lines").GetChildren()
                .Where(c => !string.IsNullOrEmpty(c.Value))
                .ToDictionary(c => c.Key, c => c.Value!, StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>The queue a dialled user enters, or null when the line is unknown.</summary>
    public string? QueueFor(string? called) =>
        called is not null && Lines.TryGetValue(called, out var queue) ? queue : DefaultQueueId;

    private static int Port(IConfiguration configuration, string key, int fallback)
    {
        if (configuration[key] is not { Length: > 0 } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new InvalidOperationException($"Voice: {key} '{text}' is not a port (0-65535).");
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
