using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace ContactCenter.Host.Demo.WhatsApp;

/// <summary>
/// The state of demo mode's Graph API stand-in: the WhatsApp account's secrets (random at each start, never printed or
/// logged), where the stand-in listens, what the plugin sent (newest last, at most <see cref="MaxSent"/>) and the media
/// uploaded to it (at most <see cref="MaxMedia"/> files).
/// </summary>
internal sealed class DemoWhatsAppStandIn
{
    public const string PluginId = "cc.channels.whatsapp";

    /// <summary>The bundled plugin's demo number (plugin.json), bound to line <c>autos</c>.</summary>
    public const string PhoneNumberId = "100000000000001";

    public const string DisplayPhoneNumber = "15550001111";
    public const string PathBase = "/demo/whatsapp/graph";
    public const int MaxSent = 500;
    public const int MaxMedia = 100;
    public const int MaxMediaBytes = 16 * 1024 * 1024;

    private readonly ConcurrentQueue<DemoWhatsAppSent> _sent = new();
    private readonly ConcurrentDictionary<string, DemoWhatsAppMedia> _media = new(StringComparer.Ordinal);
    private long _sequence;

    public string AppSecret { get; } = RandomNumberGenerator.GetHexString(40, lowercase: true);

    public string AccessToken { get; } = RandomNumberGenerator.GetHexString(40, lowercase: true);

    public string VerifyToken { get; } = RandomNumberGenerator.GetHexString(32, lowercase: true);

    /// <summary>The stand-in's Graph base URL once it listens (<c>http://127.0.0.1:{port}/demo/whatsapp/graph</c>).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Whether the WhatsApp account points at the stand-in (set once the plugin accepted it).</summary>
    public bool Ready { get; set; }

    public IReadOnlyList<DemoWhatsAppSent> Sent => [.. _sent];

    public string NextId(string prefix) => $"{prefix}{Interlocked.Increment(ref _sequence)}";

    public DemoWhatsAppSent Record(string version, string phoneNumberId, JsonElement body, DateTimeOffset at)
    {
        var sent = new DemoWhatsAppSent(NextId("wamid.demo-out-"), version, phoneNumberId, body.Clone(), at);
        _sent.Enqueue(sent);
        while (_sent.Count > MaxSent && _sent.TryDequeue(out _))
        {
        }

        return sent;
    }

    public string? Store(byte[] content, string mimeType)
    {
        if (_media.Count >= MaxMedia)
        {
            return null;
        }

        var id = NextId("demo-media-");
        _media[id] = new DemoWhatsAppMedia(content, mimeType);
        return id;
    }

    public DemoWhatsAppMedia? Find(string id) => _media.TryGetValue(id, out var media) ? media : null;
}
