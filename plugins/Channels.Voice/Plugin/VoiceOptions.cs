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

    /// <summary>SIP over TLS port (RFC 3261 §26: 5061); 0 picks a free one, negative turns TLS off.</summary>
    public int TlsPort { get; init; } = 5061;

    /// <summary>The TLS certificate: PKCS#12 (.pfx/.p12) or PEM (key in the file or a sibling .key); none = self-signed at start.</summary>
    public string? TlsCertificatePath { get; init; }

    /// <summary>The password of <see cref="TlsCertificatePath"/> (PKCS#12 or encrypted PEM key), never logged.</summary>
    public string? TlsCertificatePassword { get; init; }

    public string Realm { get; init; } = "contactcenter.local";

    public int RtpPortMin { get; init; } = 10000;

    public int RtpPortMax { get; init; } = 20000;

    public string? DefaultQueueId { get; init; }

    /// <summary>Dialled user (DID or line name, e.g. "autos") to queue id.</summary>
    public IReadOnlyDictionary<string, string> Lines { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Greeting, menu and hold flows by dialled line (<c>ivr</c>); a line without one is queued at once, ringing.</summary>
    public IReadOnlyList<Ivr.VoiceLineFlow> Flows { get; init; } = [];

    /// <summary>Whether calls are recorded (stereo WAV, encrypted in the plugin's store) unless their line or queue says otherwise.</summary>
    public bool Record { get; init; } = true;

    /// <summary>Recording by dialled line (<c>recordLines</c>), overriding <see cref="Record"/>.</summary>
    public IReadOnlyDictionary<string, bool> RecordLines { get; init; } = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Recording by queue id (<c>recordQueues</c>), overriding the line's and the global setting.</summary>
    public IReadOnlyDictionary<string, bool> RecordQueues { get; init; } = new Dictionary<string, bool>(StringComparer.Ordinal);

    /// <summary>
    /// Whether calls to a line with a flow (<c>ivr</c>) get early media by default (<c>earlyMedia</c>): 183 Session
    /// Progress with the SDP answer, prompts and music before the 200 OK, which goes out when an agent answers.
    /// </summary>
    public bool EarlyMedia { get; init; }

    /// <summary>Early media by dialled line (<c>earlyMediaLines</c>), overriding <see cref="EarlyMedia"/>.</summary>
    public IReadOnlyDictionary<string, bool> EarlyMediaLines { get; init; } = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How long a call stays in early media without an agent (<c>earlyMediaMaxSeconds</c>, 1-600, default 120; carriers drop
    /// early media after about 3 minutes) before it is answered with a 200 OK and carries on as an answered call.
    /// </summary>
    public TimeSpan EarlyMediaMax { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Digest algorithms offered, in order (SHA-256 then MD5 by default).</summary>
    public IReadOnlyList<string> DigestAlgorithms { get; init; } = [Sip.Auth.SipDigestAlgorithm.Sha256, Sip.Auth.SipDigestAlgorithm.Md5];

    /// <summary>Agents' phone accounts by SIP user.</summary>
    public IReadOnlyList<VoicePhone> Phones { get; init; } = [];

    /// <summary>How long the agent's phone may ring before the leg is cancelled (the kernel's offer timeout usually comes first).</summary>
    public TimeSpan AgentRingTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Session interval asked for and the most accepted (RFC 4028), seconds; at least <see cref="MinSeSeconds"/>.</summary>
    public int SessionExpiresSeconds { get; init; } = 1800;

    /// <summary>Shortest session interval accepted (Min-SE), seconds; 90 (RFC 4028's floor) to 86400.</summary>
    public int MinSeSeconds { get; init; } = 90;

    /// <summary>SRTP with SDES over TLS signalling: off, optional (default) or mandatory (docs/voice.md).</summary>
    public Media.Srtp.SrtpMode Srtp { get; init; } = Media.Srtp.SrtpMode.Optional;

    /// <summary>
    /// Per-source flood protection: SIP messages per second and burst from one address (<c>sipRequestsPerSecond</c>,
    /// <c>sipBurst</c>); bans after failed authentications keep their defaults.
    /// </summary>
    public Sip.Protection.SipProtectionOptions Protection { get; init; } = new();

    /// <summary>
    /// SIP timers (<c>sipT1Milliseconds</c>, 10-5000, default 500): T1 and all that follows from it (retransmissions,
    /// the 64*T1 transaction timeouts B, F, H); T2 is 4 s, or T1 when larger; T4 stays 5 s.
    /// </summary>
    public Sip.Transactions.SipTimers Timers { get; init; } = new();

    /// <summary>Carrier trunks, DID mapping and outbound lines (<c>trunks</c>, <c>dids</c>, <c>outboundLines</c>).</summary>
    public Trunks.VoiceTrunking Trunking { get; init; } = Trunks.VoiceTrunking.None;

    public static VoiceOptions From(IConfiguration configuration)
    {
        var defaults = new VoiceOptions();
        var bind = configuration["bindAddress"];
        if (bind is { Length: > 0 } && !IPAddress.TryParse(bind, out _))
        {
            throw new InvalidOperationException($"Voice: bindAddress '{bind}' is not an IP address.");
        }

        var minSe = VoiceSettingNumbers.Read(configuration, "minSeSeconds", "minSeSeconds", 90, 86400, defaults.MinSeSeconds);
        var sessionExpires = VoiceSettingNumbers.Read(configuration, "sessionExpiresSeconds", "sessionExpiresSeconds", minSe, 86400, Math.Max(defaults.SessionExpiresSeconds, minSe));
        var lines = configuration.GetSection("lines").GetChildren()
            .Where(c => !string.IsNullOrEmpty(c.Value))
            .ToDictionary(c => c.Key, c => c.Value!, StringComparer.OrdinalIgnoreCase);
        var flows = configuration.GetSection("ivr").GetChildren().Select(Ivr.VoiceLineFlow.From).ToList();
        var protection = defaults.Protection with
        {
            RequestsPerSecond = VoiceSettingNumbers.Read(configuration, "sipRequestsPerSecond", "sipRequestsPerSecond", 1, 100_000, (int)defaults.Protection.RequestsPerSecond),
            Burst = VoiceSettingNumbers.Read(configuration, "sipBurst", "sipBurst", 1, 1_000_000, defaults.Protection.Burst),
        };
        var t1 = TimeSpan.FromMilliseconds(VoiceSettingNumbers.Read(configuration, "sipT1Milliseconds", "sipT1Milliseconds", 10, 5000, (int)defaults.Timers.T1.TotalMilliseconds));
        return new VoiceOptions
        {
            Timers = defaults.Timers with { T1 = t1, T2 = t1 > defaults.Timers.T2 ? t1 : defaults.Timers.T2 },
            Protection = protection,
            Trunking = Trunks.VoiceTrunkingReader.Read(configuration, new HashSet<string>(lines.Keys.Concat(flows.Select(f => f.Line)), StringComparer.OrdinalIgnoreCase)),
            MinSeSeconds = minSe,
            SessionExpiresSeconds = sessionExpires,
            Srtp = configuration["srtp"] is { Length: > 0 } srtp
                ? Enum.TryParse<Media.Srtp.SrtpMode>(srtp, ignoreCase: true, out var mode) && Enum.IsDefined(mode) && !char.IsDigit(srtp[0])
                    ? mode
                    : throw new InvalidOperationException($"Voice: srtp '{srtp}' must be off, optional or mandatory.")
                : defaults.Srtp,
            BindAddress = bind is { Length: > 0 } ? IPAddress.Parse(bind) : defaults.BindAddress,
            AdvertisedAddress = NullIfEmpty(configuration["advertisedAddress"]),
            UdpPort = Port(configuration, "udpPort", defaults.UdpPort),
            TcpPort = Port(configuration, "tcpPort", defaults.TcpPort),
            TlsPort = configuration["tlsPort"] is ['-', ..] off
                ? (int.TryParse(off, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? -1 : throw new InvalidOperationException($"Voice: tlsPort '{off}' is not a port (0-65535, or negative for off)."))
                : Port(configuration, "tlsPort", defaults.TlsPort),
            TlsCertificatePath = NullIfEmpty(configuration["tlsCertificatePath"]),
            TlsCertificatePassword = NullIfEmpty(configuration["tlsCertificatePassword"]),
            Realm = NullIfEmpty(configuration["realm"]) ?? defaults.Realm,
            RtpPortMin = Port(configuration, "rtpPortMin", defaults.RtpPortMin),
            RtpPortMax = Port(configuration, "rtpPortMax", defaults.RtpPortMax),
            DefaultQueueId = NullIfEmpty(configuration["defaultQueueId"]),
            Lines = lines,
            Flows = flows,
            Record = configuration["record"] is not { Length: > 0 } record || (bool.TryParse(record, out var on)
                ? on
                : throw new InvalidOperationException($"Voice: record '{record}' must be true or false.")),
            RecordLines = Switches(configuration, "recordLines", StringComparer.OrdinalIgnoreCase),
            RecordQueues = Switches(configuration, "recordQueues", StringComparer.Ordinal),
            EarlyMedia = configuration["earlyMedia"] is { Length: > 0 } early && (bool.TryParse(early, out var earlyOn)
                ? earlyOn
                : throw new InvalidOperationException($"Voice: earlyMedia '{early}' must be true or false.")),
            EarlyMediaLines = Switches(configuration, "earlyMediaLines", StringComparer.OrdinalIgnoreCase),
            EarlyMediaMax = TimeSpan.FromSeconds(VoiceSettingNumbers.Read(configuration, "earlyMediaMaxSeconds", "earlyMediaMaxSeconds", 1, 600, (int)defaults.EarlyMediaMax.TotalSeconds)),
            Phones = [.. configuration.GetSection("phones").GetChildren().Select(PhoneOf)],
            DigestAlgorithms = Algorithms(configuration) ?? defaults.DigestAlgorithms,
            AgentRingTimeout = configuration["agentRingSeconds"] is { Length: > 0 } ring
                ? TimeSpan.FromSeconds(int.TryParse(ring, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 600
                    ? seconds
                    : throw new InvalidOperationException($"Voice: agentRingSeconds '{ring}' must be 1-600."))
                : defaults.AgentRingTimeout,
        };
    }

    /// <summary>
    /// Whether a call on <paramref name="line"/> served by <paramref name="queueId"/> is recorded: the queue's setting
    /// (<c>recordQueues</c>) when it has one, else the line's (<c>recordLines</c>), else <see cref="Record"/>.
    /// </summary>
    public bool Records(string? line, string? queueId) =>
        queueId is not null && RecordQueues.TryGetValue(queueId, out var byQueue) ? byQueue
        : line is not null && RecordLines.TryGetValue(line, out var byLine) ? byLine
        : Record;

    /// <summary>
    /// Whether a call on <paramref name="line"/> plays its flow as early media (no 200 OK until an agent answers):
    /// the line's setting (<c>earlyMediaLines</c>) when it has one, else <see cref="EarlyMedia"/>.
    /// </summary>
    public bool EarlyMediaOn(string? line) =>
        line is not null && EarlyMediaLines.TryGetValue(line, out var byLine) ? byLine : EarlyMedia;

    /// <summary>The queue a dialled user enters, or null when the line is unknown.</summary>
    public string? QueueFor(string? called) =>
        called is not null && Lines.TryGetValue(called, out var queue) ? queue : DefaultQueueId;

    private static Dictionary<string, bool> Switches(IConfiguration configuration, string section, StringComparer comparer)
    {
        var switches = new Dictionary<string, bool>(comparer);
        foreach (var entry in configuration.GetSection(section).GetChildren())
        {
            switches[entry.Key] = bool.TryParse(entry.Value, out var on)
                ? on
                : throw new InvalidOperationException($"Voice: {section}.{entry.Key} '{entry.Value}' must be true or false.");
        }

        return switches;
    }

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


    private static List<string>? Algorithms(IConfiguration configuration)
    {
        var values = configuration.GetSection("digestAlgorithms").GetChildren().Select(c => c.Value ?? string.Empty).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var unknown = values.FirstOrDefault(v => !Sip.Auth.SipDigestAlgorithm.IsSupported(v));
        return unknown is null ? values : throw new InvalidOperationException($"Voice: digest algorithm '{unknown}' is not MD5 or SHA-256.");
    }

    private static VoicePhone PhoneOf(IConfigurationSection phone)
    {
        static string Hex(IConfigurationSection phone, string key, int length) =>
            phone[key] is { } value && value.Length == length && value.All(char.IsAsciiHexDigit)
                ? value.ToLowerInvariant()
                : throw new InvalidOperationException($"Voice: phones.{phone.Key}.{key} must be {length} hex digits (HA1 = H(user:realm:secret)).");

        return new VoicePhone(phone.Key, NullIfEmpty(phone["agentId"]) ?? phone.Key, Hex(phone, "ha1Md5", 32), Hex(phone, "ha1Sha256", 64));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
