using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>
/// What the tests with agents' phones share: one realm and secret, the plugin's configuration on loopback with
/// ephemeral ports and each phone's HA1 digests, and a SIPp phone that registers as <c>agent1</c> before its scenario.
/// </summary>
internal static class VoicePhones
{
    public const string Realm = "contactcenter.test";

    public const string Secret = "phone-secret";

    /// <summary>
    /// The plugin's configuration: SIP on 127.0.0.1 (UDP on <paramref name="udpPort"/>, TCP ephemeral, TLS on
    /// <paramref name="tlsPort"/>, ephemeral by default), RTP ephemeral, the dialled <paramref name="lines"/> (line →
    /// queue) and the <paramref name="phones"/> (SIP user → agent id), challenged with MD5 and SHA-256.
    /// </summary>
    public static JsonObject Configuration(int udpPort, JsonObject lines, IReadOnlyDictionary<string, string> phones, int tlsPort = 0)
    {
        var entries = new JsonObject();
        foreach (var (user, agentId) in phones)
        {
            entries[user] = new JsonObject
            {
                ["agentId"] = agentId,
#pragma warning disable CA5351 // RFC 3261 digest is MD5: SIPp and baresip only speak MD5.
                ["ha1Md5"] = Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes($"{user}:{Realm}:{Secret}"))),
#pragma warning restore CA5351
                ["ha1Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{user}:{Realm}:{Secret}"))),
            };
        }

        return new JsonObject
        {
            ["bindAddress"] = "127.0.0.1",
            ["udpPort"] = udpPort,
            ["tcpPort"] = 0,
            ["tlsPort"] = tlsPort,
            ["rtpPortMin"] = 0,
            ["realm"] = Realm,
            ["digestAlgorithms"] = new JsonArray("MD5", "SHA-256"),
            ["lines"] = lines,
            ["phones"] = entries,
        };
    }

    /// <summary>
    /// Registers SIPp as <c>agent1</c> with the secret (the test fails otherwise), then starts <paramref name="scenario"/>
    /// as that phone on the registered port, with RTP on a free port.
    /// </summary>
    public static Task<SippProcess> RegisterAndStartAsync(IPEndPoint server, string scenario, params string[] extra) =>
        RegisterAndStartAsAsync("agent1", server, scenario, extra);

    /// <summary>As <see cref="RegisterAndStartAsync"/>, for the phone of SIP user <paramref name="user"/>.</summary>
    public static Task<SippProcess> RegisterAndStartAsAsync(string user, IPEndPoint server, string scenario, params string[] extra) =>
        RegisterManyAndStartAsync([user], server, scenario, extra);

    /// <summary>As <see cref="RegisterAndStartAsync"/>, one phone (one port) registered as each of <paramref name="users"/>.</summary>
    public static async Task<SippProcess> RegisterManyAndStartAsync(string[] users, IPEndPoint server, string scenario, params string[] extra)
    {
        for (var attempt = 1; ; attempt++)
        {
            // The port is free when chosen but only SIPp binds it: another process on the machine (CI runs test
            // assemblies side by side) can take it first, and SIPp exits "Unable to bind main socket". A phone that
            // never registered is then placed on a new port; any other failure fails the test.
            var phonePort = SippRunner.FreePort("UDP");
            var failure = await RegisterAllAsync(users, server, phonePort);
            if (failure is null)
            {
                return SippRunner.Start(scenario, "UDP", server, 1, phonePort, [.. extra, "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture)]);
            }

            Assert.True(attempt < 3 && failure.Contains("Unable to bind main socket", StringComparison.Ordinal), failure);
        }
    }

    private static async Task<string?> RegisterAllAsync(string[] users, IPEndPoint server, int phonePort)
    {
        foreach (var user in users)
        {
            var registered = await SippRunner.RunAsync("phone_register.xml", "UDP", server, 1,
                "-s", user, "-au", user, "-ap", Secret, "-key", "phone_port", phonePort.ToString(CultureInfo.InvariantCulture));
            if (registered.ExitCode != 0)
            {
                return $"SIPp (registration of {user}) exit {registered.ExitCode}: {registered.Errors}";
            }
        }

        return null;
    }
}
