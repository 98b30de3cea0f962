using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using ContactCenter.Plugins.Channels.Email.Plugin;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Email.Listener;

/// <summary>
/// The optional SMTP listener's settings (<c>listener</c> in the plugin's configuration), checked when the plugin
/// starts: a bad address or port, a certificate that cannot be read, an unknown mailbox or a limit out of range stops
/// the plugin with a message naming the setting. Off by default.
/// </summary>
internal sealed record ListenerSettings
{
    public bool Enabled { get; init; }

    public IPAddress Address { get; init; } = IPAddress.Any;

    /// <summary>The TCP port (0: any free port, as tests use).</summary>
    public int Port { get; init; } = 25;

    public string ServerName { get; init; } = "localhost";

    /// <summary>The configured certificate STARTTLS presents, or <see langword="null"/> for a self-signed one made at start.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>Whether MAIL is refused (530) until the client has switched to TLS with STARTTLS.</summary>
    public bool RequireTls { get; init; }

    /// <summary>The mailboxes whose addresses accept mail (RCPT); any other address gets 550 5.1.1.</summary>
    public IReadOnlyList<MailboxBinding> Mailboxes { get; init; } = [];

    public int MaxMessageBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>Open connections one remote address may hold; the next one is answered 421 and closed.</summary>
    public int MaxConnectionsPerSource { get; init; } = 10;

    /// <summary>Messages one remote address may start (MAIL) within a minute; more get 450 4.7.1.</summary>
    public int MaxMessagesPerMinute { get; init; } = 60;

    /// <summary>Reads and checks the <c>listener</c> section; throws <see cref="InvalidOperationException"/> naming the first bad setting.</summary>
    public static ListenerSettings From(IConfiguration section, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        if (!Bool(section, "enabled", false))
        {
            return new ListenerSettings { Enabled = false };
        }

        var serverName = section["serverName"] is { Length: > 0 } name ? name : Dns.GetHostName();
        return new ListenerSettings
        {
            Enabled = true,
            Address = IPAddress.TryParse(section["address"] ?? "0.0.0.0", out var address)
                ? address
                : throw Bad("address", $"must be an IP address to listen on (0.0.0.0: all), not '{section["address"]}'"),
            Port = Int(section, "port", 25, 0, 65535, "0 to 65535 (0: any free port)"),
            ServerName = serverName,
            Certificate = ListenerCertificate.Load(section["certificatePath"], section["certificatePassword"]),
            RequireTls = Bool(section, "requireTls", false),
            Mailboxes = MailboxesOf(section, options),
            MaxMessageBytes = Int(section, "maxMessageBytes", options.MaxMessageBytes, 1024, 52_428_800, "1024 to 52428800 bytes"),
            MaxConnectionsPerSource = Int(section, "maxConnectionsPerSource", 10, 1, 1000, "1 to 1000"),
            MaxMessagesPerMinute = Int(section, "maxMessagesPerMinute", 60, 1, 100_000, "1 to 100000"),
        };
    }

    /// <summary>The mailbox an address belongs to (case-insensitive), when it accepts mail here.</summary>
    public MailboxBinding? MailboxOf(string address) =>
        Mailboxes.FirstOrDefault(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase));

    internal static InvalidOperationException Bad(string setting, string problem) =>
        new($"cc.channels.email listener.{setting}: {problem}.");

    private static List<MailboxBinding> MailboxesOf(IConfiguration section, EmailOptions options)
    {
        var named = section.GetSection("mailboxes").GetChildren().Select(c => c.Value ?? "").ToList();
        if (named.Count == 0)
        {
            return options.Mailboxes.Count > 0 ? [.. options.Mailboxes] : throw Bad("mailboxes", "there is no mailbox to accept mail for (configure mailboxes)");
        }

        var unknown = named.Where(n => options.ByChannel(n) is null).ToList();
        return unknown.Count == 0
            ? [.. named.Distinct(StringComparer.Ordinal).Select(n => options.ByChannel(n)!)]
            : throw Bad("mailboxes", $"{string.Join(", ", unknown.Select(u => $"'{u}'"))} is not a configured mailbox channel (known: {string.Join(", ", options.Mailboxes.Select(m => m.Channel))})");
    }

    private static bool Bool(IConfiguration section, string key, bool fallback) => section[key] switch
    {
        null or "" => fallback,
        var value when bool.TryParse(value, out var parsed) => parsed,
        var value => throw Bad(key, $"must be true or false, not '{value}'"),
    };

    private static int Int(IConfiguration section, string key, int fallback, int min, int max, string range) => section[key] switch
    {
        null or "" => fallback,
        var value when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max => parsed,
        var value => throw Bad(key, $"must be {range}, not '{value}'"),
    };
}
