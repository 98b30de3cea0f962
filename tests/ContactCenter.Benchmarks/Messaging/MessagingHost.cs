using System.Net;
using System.Net.Http.Json;
using ContactCenter.Benchmarks.Realtime;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk.Domain;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Benchmarks.Messaging;

/// <summary>
/// The real host in demo mode (HTTPS on loopback, the chosen store) with the bundled WhatsApp plugin active and its
/// account set, and the benchmark's agents in the directory (skilled for the demo's autos queue, where the demo
/// number's conversations go), Available.
/// </summary>
internal static class MessagingHost
{
    public const string AppSecret = "bench-app-secret-0123456789";

    public static async Task<RunningHost> StartAsync(MessagingOptions options)
    {
        var host = await RunningHost.StartAsync(BenchHostSetup.Configure, "--demo", $"--CC:Storage:Provider={(options.Store == "litedb" ? "LiteDb" : "Memory")}",
            "--CC:Demo:WhatsAppStandIn=false");
        try
        {
            using var admin = host.CreateAdminClient();
            await host.WaitForPluginActiveAsync("cc.channels.whatsapp", TimeSpan.FromSeconds(90));
            // Inbound text needs only the app secret; the Graph URL is never called (no media, no replies).
            using var set = await admin.PutAsJsonAsync(new Uri("/api/v1/channels/cc.channels.whatsapp/account", UriKind.Relative), new
            {
                appSecret = AppSecret, accessToken = "bench-access-token-0123456789", verifyToken = "bench-verify-token-0123456789",
                graphBaseUrl = "https://127.0.0.1:9/", graphVersion = "v21.0",
            });
            if (set.StatusCode != HttpStatusCode.NoContent)
            {
                throw new InvalidOperationException($"Setting the WhatsApp account failed: {(int)set.StatusCode} {await set.Content.ReadAsStringAsync()}");
            }

            await SeedAgentsAsync(host, admin, options);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public static string AgentId(int i) => $"bench-agent-{i:D3}";

    private static async Task SeedAgentsAsync(RunningHost host, HttpClient admin, MessagingOptions options)
    {
        var directory = host.App.Services.GetRequiredService<IDirectory>();
        var room = (options.Customers + options.Agents - 1) / options.Agents + 1;
        for (var i = 0; i < options.Agents; i++)
        {
            await directory.Agents.SaveAsync(new Agent
            {
                Id = AgentId(i), DisplayName = $"Bench agent {i}", TeamIds = ["team-autos"], ServiceLineIds = ["autos"],
                Skills = [new AgentSkill("autos", 8), new AgentSkill("lang-es", 10)],
                Capacity = new ChannelCapacity
                {
                    Limits = new Dictionary<ChannelKind, int>(ChannelCapacity.Default.Limits) { [ChannelKind.WhatsApp] = room, [ChannelKind.Chat] = room },
                    VoiceBlocksDigital = true,
                },
            });
            using var presence = await admin.PutAsJsonAsync(new Uri($"/api/v1/agents/{AgentId(i)}/presence", UriKind.Relative), new { statusId = PresenceStatusDefinition.AvailableId });
            if (!presence.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Could not make {AgentId(i)} Available: {(int)presence.StatusCode} {await presence.Content.ReadAsStringAsync()}");
            }
        }
    }
}
