using System.Text.Json.Nodes;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Tests;

/// <summary>The trunk tests' configuration: the shared phone setup (agent1 on the test realm), line autos → q-autos, and the given trunks.</summary>
internal static class VoiceTrunkConfig
{
    public static JsonObject With(int udpPort, JsonObject trunks)
    {
        var configuration = VoicePhones.Configuration(udpPort, new JsonObject { ["autos"] = "q-autos" }, new Dictionary<string, string> { ["agent1"] = "agent-1" });
        configuration["trunks"] = trunks;
        return configuration;
    }
}
