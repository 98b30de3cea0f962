using System.Net;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;

/// <summary>
/// The trunk side of the configuration: <c>trunks</c>, the global <c>dids</c> and <c>outboundLines</c>. Read by
/// <see cref="VoiceTrunkingReader"/>, which refuses a bad entry naming it.
/// </summary>
internal sealed record VoiceTrunking
{
    public static VoiceTrunking None { get; } = new();

    public IReadOnlyList<VoiceTrunk> Trunks { get; init; } = [];

    /// <summary>The DNS servers trunk host names are resolved with (<c>trunkDnsServers</c>); empty: the system's.</summary>
    public IReadOnlyList<IPEndPoint> DnsServers { get; init; } = [];

    /// <summary>E.164 DID → line for calls from any trunk (a trunk's own <see cref="VoiceTrunk.Dids"/> win).</summary>
    public IReadOnlyDictionary<string, string> Dids { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, VoiceOutboundLine> OutboundLines { get; init; } = new Dictionary<string, VoiceOutboundLine>(StringComparer.OrdinalIgnoreCase);

    public VoiceTrunk? TrunkOf(IPEndPoint source) => Trunks.FirstOrDefault(t => t.IsSource(source));

    public VoiceTrunk? Find(string id) => Trunks.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));

    /// <summary>The line a DID dialled through <paramref name="trunk"/> (or no trunk) maps to, or null.</summary>
    public string? LineFor(string? dialled, VoiceTrunk? trunk)
    {
        if (trunk is not null && VoiceDid.Normalise(dialled, trunk.CountryCode, trunk.NationalPrefix) is { } did)
        {
            return trunk.Dids.GetValueOrDefault(did) ?? Dids.GetValueOrDefault(did);
        }

        return VoiceDid.Normalise(dialled) is { } international ? Dids.GetValueOrDefault(international) : null;
    }
}
