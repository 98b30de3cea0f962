using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Voice;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// What the outbound-call tests share: the plugin's configuration with a trunk to SIPp as the carrier, the carrier
/// that answers, placing a call through the contract (which must be accepted) and bridging it to agent-1's phone.
/// </summary>
internal static class Originations
{
    /// <summary>The number every outbound test dials (the carrier's scenarios check it).</summary>
    public const string Number = "+34600111222";

    /// <summary>
    /// <see cref="VoicePhones.Configuration"/> with line autos → q-autos and the <paramref name="phones"/>, plus trunk
    /// <c>carrier</c> (SIPp on <paramref name="carrierAddress"/>:<paramref name="carrierPort"/>, country code 34, digest
    /// account acme) and the outbound lines <c>autos</c> (caller id +34 910 000 001 "Autos Madrid") and
    /// <c>autos-short</c> (no queue, 1 s ring timeout). The trunk's proxy address is a carrier source: an INVITE from
    /// it enters through the trunk, so tests whose phones place calls (a consultation) put the carrier on 127.0.0.2.
    /// </summary>
    public static JsonObject Configuration(int sipPort, int carrierPort, IReadOnlyDictionary<string, string> phones, string carrierAddress = "127.0.0.1")
    {
        var configuration = VoicePhones.Configuration(sipPort, new JsonObject { ["autos"] = "q-autos" }, phones);
        configuration["trunks"] = new JsonObject
        {
            ["carrier"] = new JsonObject
            {
                ["outboundProxy"] = $"{carrierAddress}:{carrierPort.ToString(CultureInfo.InvariantCulture)}",
                ["countryCode"] = "34",
                ["auth"] = new JsonObject { ["username"] = "acme", ["secret"] = "trunk-secret" },
            },
        };
        configuration["outboundLines"] = new JsonObject
        {
            ["autos"] = new JsonObject { ["trunk"] = "carrier", ["callerIdNumber"] = "+34 910 000 001", ["callerIdName"] = "Autos Madrid" },
            ["autos-short"] = new JsonObject { ["trunk"] = "carrier", ["callerIdNumber"] = "+34910000001", ["ringTimeoutSeconds"] = 1 },
        };
        return configuration;
    }

    /// <summary>
    /// The carrier (SIPp on <paramref name="address"/>:<paramref name="carrierPort"/>) that answers with
    /// <paramref name="scenario"/>, naming <paramref name="audioPort"/> as the called party's RTP address; scenarios
    /// that hang up do so <paramref name="hangupAfterMs"/> after the ACK.
    /// </summary>
    public static SippProcess AnsweringCarrier(IPEndPoint server, int carrierPort, int audioPort, string scenario = "trunk_uas_answer_bye.xml", int hangupAfterMs = 10000, string address = "127.0.0.1") =>
        SippRunner.Start(scenario, "UDP", server, 1, carrierPort, "-i", address, "-d", hangupAfterMs.ToString(CultureInfo.InvariantCulture),
            "-key", "audio_port", audioPort.ToString(CultureInfo.InvariantCulture), "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));

    /// <summary>Places a call to <paramref name="number"/> from <paramref name="line"/>; the placement must succeed. Returns the interaction id.</summary>
    public static async Task<string> PlaceAsync(IVoiceCalls voice, string line, string number)
    {
        var placed = await voice.OriginateAsync(new OriginateRequest { Destination = number, ServiceLine = line });
        Assert.True(placed.Succeeded, placed.Reason);
        return placed.Value!;
    }

    /// <summary>Routing's offer (here the test kernel's) to agent-1: the agent's phone rings and answers, the call is bridged. Returns the bridged call.</summary>
    public static async Task<VoiceCallInfo> BridgeToAgent1Async(PluginTestKernel kernel, string id)
    {
        await kernel.Interactions.OfferAsync(id, "agent-1");
        var bridged = await Poll.ForResultAsync(async () => await kernel.VoiceCalls.GetCallAsync(id) is { Value.State: VoiceCallState.Bridged } b ? b.Value : null);
        Assert.Equal(["customer", "agent"], bridged.Participants.Select(p => p.Id));
        return bridged;
    }
}
