using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using ContactCenter.Plugins.Channels.Voice.Sip.Trunks;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;

/// <summary>
/// Reads <c>trunks</c>, <c>dids</c> and <c>outboundLines</c>. Every error names the entry (e.g.
/// <c>trunks.carrier.addresses[1]</c>) and what is wrong; DIDs must map to a configured line (<c>lines</c> or
/// <c>ivr</c>) and outbound lines to a trunk with an outbound proxy. Secrets are never part of a message. The proxy is
/// a host name or an IP literal, with an optional port; TLS certificate options are accepted only with transport tls.
/// </summary>
internal static class VoiceTrunkingReader
{
    public static VoiceTrunking Read(IConfiguration configuration, ISet<string> lines)
    {
        var trunks = configuration.GetSection("trunks").GetChildren().Select(t => Trunk(t, lines)).ToList();
        var outbound = new Dictionary<string, VoiceOutboundLine>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in configuration.GetSection("outboundLines").GetChildren())
        {
            var name = $"outboundLines.{line.Key}";
            var trunkId = line["trunk"] is { Length: > 0 } id ? id : throw Bad(name + ".trunk", "is required");
            var trunk = trunks.Find(t => t.Id == trunkId) ?? throw Bad(name + ".trunk", $"'{trunkId}' is not a configured trunk");
            if (trunk.Proxy is null)
            {
                throw Bad(name + ".trunk", $"'{trunkId}' has no outboundProxy to send calls to");
            }

            outbound[line.Key] = new VoiceOutboundLine(line.Key, trunkId, Number(line, "callerIdNumber", name), Name(line["callerIdName"], name + ".callerIdName"))
            {
                RingTimeout = TimeSpan.FromSeconds(VoiceSettingNumbers.Read(line, "ringTimeoutSeconds", name + ".ringTimeoutSeconds", 1, 600, VoiceOutboundLine.DefaultRingTimeoutSeconds)),
            };
        }

        var dns = configuration.GetSection("trunkDnsServers").GetChildren()
            .Select((s, i) => DnsServer(s.Value) ?? throw Bad($"trunkDnsServers[{i}]", $"'{s.Value}' is not an IP address or IP:port"))
            .ToList();
        return new VoiceTrunking { Trunks = trunks, DnsServers = dns, Dids = Dids(configuration.GetSection("dids"), "dids", null, null, lines), OutboundLines = outbound };
    }

    private static VoiceTrunk Trunk(IConfigurationSection trunk, ISet<string> lines)
    {
        var name = $"trunks.{trunk.Key}";
        if (!trunk.Key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw Bad(name, "id may only have letters, digits, '-' and '_'");
        }

        var addresses = trunk.GetSection("addresses").GetChildren()
            .Select((a, i) => VoiceTrunkAddress.TryParse(a.Value ?? string.Empty) ?? throw Bad($"{name}.addresses[{i}]", $"'{a.Value}' is not an IP address, a CIDR network or IP:port (no host names)"))
            .ToList();
        var transport = (trunk["transport"] is { Length: > 0 } t ? t : "udp").ToLowerInvariant();
        if (transport is not ("udp" or "tcp" or "tls"))
        {
            throw Bad(name + ".transport", $"'{transport}' is not udp, tcp or tls");
        }

        var target = trunk["outboundProxy"] is { Length: > 0 } text
            ? VoiceTrunkProxy.TryParse(text, transport.ToUpperInvariant()) ?? throw Bad(name + ".outboundProxy", $"'{text}' is not a host name or IP address with an optional port (host, host:port, [IPv6]:port)")
            : null;
        var tls = Tls(trunk.GetSection("tls"), name + ".tls", transport, target);
        if (target is not null)
        {
            target = target with { Tls = tls, KeepAlive = TimeSpan.FromSeconds(VoiceSettingNumbers.Read(trunk, "keepAliveSeconds", name + ".keepAliveSeconds", 5, 3600, 30)) };
        }

        var proxy = target is not null && IPAddress.TryParse(target.Host, out var literal) ? new IPEndPoint(literal, target.Port ?? target.DefaultPort) : null;
        if (addresses.Count == 0 && target is null)
        {
            throw Bad(name, "needs addresses (inbound) or an outboundProxy");
        }

        var countryCode = trunk["countryCode"] is { Length: > 0 } cc
            ? cc.Length <= 3 && cc.All(char.IsAsciiDigit) && cc[0] != '0' ? cc : throw Bad(name + ".countryCode", $"'{cc}' is not a country calling code (1-3 digits)")
            : null;
        var prefix = trunk["nationalPrefix"] is { Length: > 0 } np
            ? np.Length <= 2 && np.All(char.IsAsciiDigit) ? np : throw Bad(name + ".nationalPrefix", $"'{np}' is not a national prefix (1-2 digits)")
            : null;
        var registration = Registration(trunk.GetSection("register"), name + ".register", target);
        return new VoiceTrunk
        {
            Id = trunk.Key,
            Credentials = Credentials(trunk.GetSection("auth"), name + ".auth")
                ?? (registration is { } r ? new Sip.Trunks.SipTrunkCredentials(r.Username, r.Secret, r.Realm) : null),
            Addresses = addresses,
            OutboundProxy = proxy,
            Proxy = target,
            Transport = transport,
            Registration = registration,
            Srtp = Srtp(trunk["srtp"], name + ".srtp", transport),
            CallerIdNumber = Number(trunk, "callerIdNumber", name),
            CallerIdName = Name(trunk["callerIdName"], name + ".callerIdName"),
            AssertIdentity = trunk["assertIdentity"] is not { Length: > 0 } assert || (bool.TryParse(assert, out var on) ? on : throw Bad(name + ".assertIdentity", "must be true or false")),
            CountryCode = countryCode,
            NationalPrefix = prefix,
            Dids = Dids(trunk.GetSection("dids"), name + ".dids", countryCode, prefix, lines),
        };
    }

    /// <summary>The trunk's <c>srtp</c>: off, optional (default) or mandatory, the last only with transport tls (SDES keys travel only over TLS).</summary>
    private static Media.Srtp.SrtpMode Srtp(string? text, string name, string transport)
    {
        if (text is not { Length: > 0 })
        {
            return Media.Srtp.SrtpMode.Optional;
        }

        var mode = text.ToLowerInvariant() switch
        {
            "off" => Media.Srtp.SrtpMode.Off,
            "optional" => Media.Srtp.SrtpMode.Optional,
            "mandatory" => Media.Srtp.SrtpMode.Mandatory,
            _ => throw Bad(name, $"'{text}' must be off, optional or mandatory"),
        };
        return mode == Media.Srtp.SrtpMode.Mandatory && transport != "tls"
            ? throw Bad(name, $"mandatory needs transport tls (SRTP keys are only sent over TLS), and the transport is {transport}")
            : mode;
    }

    private static VoiceTrunkRegistration? Registration(IConfigurationSection register, string name, SipTrunkTarget? proxy)
    {
        if (!register.GetChildren().Any())
        {
            return null;
        }

        if (proxy is null)
        {
            throw Bad(name, "needs the trunk's outboundProxy (the registrar's address)");
        }

        var username = User(register, name);
        var secret = register["secret"] is { Length: > 0 } s ? s : throw Bad(name + ".secret", "is required");
        var expires = VoiceSettingNumbers.Read(register, "expiresSeconds", name + ".expiresSeconds", 60, 86400, 3600);
        return new VoiceTrunkRegistration(username, secret, register["realm"] is { Length: > 0 } realm ? realm : null, expires, register["domain"] is { Length: > 0 } domain ? domain : null);
    }

    /// <summary>The account for the carrier's challenges to our INVITEs (<c>auth</c>: username, secret, optional realm), or null when absent.</summary>
    private static Sip.Trunks.SipTrunkCredentials? Credentials(IConfigurationSection auth, string name)
    {
        if (!auth.GetChildren().Any())
        {
            return null;
        }

        var username = User(auth, name);
        var secret = auth["secret"] is { Length: > 0 } s ? s : throw Bad(name + ".secret", "is required");
        return new Sip.Trunks.SipTrunkCredentials(username, secret, auth["realm"] is { Length: > 0 } realm ? realm : null);
    }

    private static string User(IConfigurationSection section, string name) =>
        section["username"] is { Length: > 0 } user && user.All(c => c > ' ' && c != '@' && c != ':' && c < 127) ? user : throw Bad(name + ".username", "is required (a SIP user without spaces, '@' or ':')");

    /// <summary>The certificate checks towards a TLS trunk: <c>serverName</c> (default: the proxy host), and <c>caFile</c> or <c>pinnedSha256</c>.</summary>
    private static SipTlsClientOptions? Tls(IConfigurationSection tls, string name, string transport, SipTrunkTarget? target)
    {
        if (!tls.GetChildren().Any())
        {
            return target is not null && transport == "tls" ? new SipTlsClientOptions(target.Host) : null;
        }

        if (transport != "tls")
        {
            throw Bad(name, "is only for transport tls");
        }

        if (target is null)
        {
            throw Bad(name, "needs the trunk's outboundProxy");
        }

        var serverName = tls["serverName"] is { Length: > 0 } server
            ? Uri.CheckHostName(server) is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6 ? server : throw Bad(name + ".serverName", $"'{server}' is not a host name")
            : target.Host;
        var pinned = tls["pinnedSha256"] is { Length: > 0 } pin
            ? SipTlsClientOptions.NormaliseFingerprint(pin) ?? throw Bad(name + ".pinnedSha256", "is not a SHA-256 fingerprint (64 hex digits, colons allowed)")
            : null;
        var roots = tls["caFile"] is { Length: > 0 } file ? CaFile(file, name + ".caFile") : null;
        if (pinned is not null && roots is not null)
        {
            throw Bad(name, "takes caFile or pinnedSha256, not both");
        }

        return new SipTlsClientOptions(serverName, pinned, roots);
    }

    private static X509Certificate2Collection CaFile(string file, string name)
    {
        var full = Path.GetFullPath(file);
        if (!File.Exists(full))
        {
            throw Bad(name, $"'{full}' does not exist");
        }

        var roots = new X509Certificate2Collection();
        try
        {
            roots.ImportFromPemFile(full);
        }
        catch (CryptographicException ex)
        {
            throw Bad(name, $"'{full}' could not be read as PEM certificates ({ex.Message})");
        }

        return roots.Count > 0 ? roots : throw Bad(name, $"'{full}' holds no PEM certificate");
    }

    private static IPEndPoint? DnsServer(string? text) =>
        IPAddress.TryParse(text, out var address) && !(text!.StartsWith('[') || text.Count(c => c == ':') == 1) ? new IPEndPoint(address, 53)
        : IPEndPoint.TryParse(text ?? string.Empty, out var endpoint) && endpoint.Port > 0 ? endpoint
        : null;

    private static Dictionary<string, string> Dids(IConfigurationSection section, string name, string? countryCode, string? prefix, ISet<string> lines)
    {
        var dids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in section.GetChildren())
        {
            var did = VoiceDid.Normalise(entry.Key, countryCode, prefix) ?? throw Bad($"{name}.{entry.Key}", "is not a phone number in E.164 (+ and country code) or this trunk's national form");
            var line = entry.Value is { Length: > 0 } value ? value : throw Bad($"{name}.{entry.Key}", "names no line");
            if (!lines.Contains(line))
            {
                throw Bad($"{name}.{entry.Key}", $"line '{line}' is not in lines or ivr");
            }

            if (!dids.TryAdd(did, line))
            {
                throw Bad($"{name}.{entry.Key}", $"is {did} again");
            }
        }

        return dids;
    }

    private static string? Number(IConfigurationSection section, string key, string name) =>
        section[key] is { Length: > 0 } text
            ? VoiceDid.Normalise(text) ?? throw Bad($"{name}.{key}", $"'{text}' is not an E.164 number (+ and country code)")
            : null;

    private static string? Name(string? text, string name) =>
        text is null or { Length: 0 } ? null
        : text.Length <= 64 && !text.Any(char.IsControl) ? text
        : throw Bad(name, "must be at most 64 characters without control characters");

    private static InvalidOperationException Bad(string entry, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Voice: {entry} {problem}."));
}
