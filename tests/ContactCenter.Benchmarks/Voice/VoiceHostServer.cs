using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk.Domain;
using ContactCenter.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// The whole host for the voice benchmark: <see cref="RunningHost"/> (HTTPS on loopback) on the chosen store (LiteDB,
/// or PostgreSQL on a private server: <see cref="VoiceHostDatabase"/>) with encryption at rest (the <c>File</c> key
/// provider in its data directory), the bundled voice plugin on a private UDP
/// port with the line <c>hb</c> → queue <c>hb-voice</c> (greeting first when asked), recording on, and N agents
/// (<c>hb001</c>…) with the skill the queue needs, their phones' HA1s in the plugin's <c>phones</c>, Available. The
/// queue's after-contact work is <c>None</c>: the interaction closes as the customer leaves and the agent is offered
/// the next call at once. The agents' phones: one SIPp each registers them (bench_host_register.xml, MD5 digest,
/// every Contact the same port), and one SIPp UAS on that port answers every agent leg (bench_agent_echo.xml,
/// <c>-rtp_echo</c>). Every SIP message comes from 127.0.0.1, so the per-source limit is raised
/// (<c>sipRequestsPerSecond</c>, <c>sipBurst</c>) as for a carrier.
/// </summary>
internal sealed class VoiceHostServer : IAsyncDisposable
{
    public const string Line = "hb";
    public const string QueueId = "hb-voice";
    private const string Secret = "hb-phone-secret";
    private const string Realm = "contactcenter.bench";
    private readonly Process _phone;
    private readonly string _phoneDirectory;
    private readonly VoiceHostDatabase _database;

    private VoiceHostServer(RunningHost host, VoiceHostDatabase database, IPEndPoint endpoint, Process phone, string phoneDirectory)
    {
        Host = host;
        _database = database;
        Endpoint = endpoint;
        _phone = phone;
        _phoneDirectory = phoneDirectory;
        Admin = host.CreateAdminClient();
    }

    /// <summary>Which store the host runs on, for the figures' headers.</summary>
    public string Store => _database.Description;

    public RunningHost Host { get; }

    public IPEndPoint Endpoint { get; }

    public HttpClient Admin { get; }

    public static string AgentId(int i) => string.Create(CultureInfo.InvariantCulture, $"hb{i:D3}");

    public static async Task<VoiceHostServer> StartAsync(int agents, bool greeting, VoiceHostStorage storage)
    {
        var sipPort = VoiceSipp.FreeUdpPort();
        var started = Stopwatch.StartNew();
        var database = await VoiceHostDatabase.OpenAsync(storage);
        RunningHost host;
        try
        {
            host = await RunningHost.StartAsync(dataDirectory: null, Quiet, [.. database.HostArguments, .. Settings(sipPort, agents, greeting)]);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }

        Process? phone = null;
        var phoneDirectory = VoiceSipp.PrivateDirectory();
        try
        {
            await host.WaitForPluginActiveAsync("cc.channels.voice", TimeSpan.FromSeconds(120));
            var endpoint = new IPEndPoint(IPAddress.Loopback, sipPort);
            using (var admin = host.CreateAdminClient())
            {
                await SeedAsync(host, admin, agents);
            }

            var phonePort = VoiceSipp.FreeUdpPort();
            await RegisterAsync(phoneDirectory, endpoint, phonePort, agents);
            phone = VoiceSipp.Start(phoneDirectory,
            [
                "-sf", VoiceSipp.Scenario("bench_agent_echo.xml"), "-i", "127.0.0.1", "-p", VoiceSipp.Text(phonePort),
                "-mp", VoiceSipp.Text(VoiceSipp.FreeMediaPort()), "-rtp_echo", "-nostdin",
            ]);
            _ = phone.StandardOutput.ReadToEndAsync();
            _ = phone.StandardError.ReadToEndAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"host up in {started.Elapsed.TotalSeconds:F1} s: {database.Description}, data directory {host.DataDirectory}, SIP on {endpoint}, {agents} agents Available with registered phones, line {Line} -> queue {QueueId}{(greeting ? " after the greeting" : "")}, after-contact work None"));
            return new VoiceHostServer(host, database, endpoint, phone, phoneDirectory);
        }
        catch
        {
            if (phone is not null)
            {
                await VoiceSipp.StopAsync(phone);
                phone.Dispose();
            }

            Directory.Delete(phoneDirectory, recursive: true);
            await host.DisposeAsync();
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await VoiceSipp.StopAsync(_phone);
        _phone.Dispose();
        Directory.Delete(_phoneDirectory, recursive: true);
        await Host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static void Quiet(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter((category, level) => level >= LogLevel.Error && !(category ?? "").StartsWith("Orleans", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Settings(int sipPort, int agents, bool greeting)
    {
        const string Voice = RunningHost.VoiceSettings;
        yield return $"--{Voice}:udpPort={VoiceSipp.Text(sipPort)}";
        yield return $"--{Voice}:realm={Realm}";
        // Debian's SIPp answers only the first challenge and knows only MD5.
        yield return $"--{Voice}:digestAlgorithms:0=MD5";
        yield return $"--{Voice}:digestAlgorithms:1=SHA-256";
        yield return $"--{Voice}:lines:{Line}={QueueId}";
        yield return $"--{Voice}:record=true";
        yield return $"--{Voice}:sipRequestsPerSecond=100000";
        yield return $"--{Voice}:sipBurst=1000000";
        if (greeting)
        {
            yield return $"--{Voice}:ivr:{Line}:language=es";
            yield return $"--{Voice}:ivr:{Line}:greeting=greeting";
            yield return $"--{Voice}:ivr:{Line}:holdPrompt=";
            yield return $"--{Voice}:ivr:{Line}:announceSeconds=0";
        }

        for (var i = 1; i <= agents; i++)
        {
            var user = AgentId(i);
            yield return $"--{Voice}:phones:{user}:agentId={user}";
#pragma warning disable CA5351 // RFC 3261 digest is MD5: SIPp only speaks MD5.
            yield return $"--{Voice}:phones:{user}:ha1Md5={Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes($"{user}:{Realm}:{Secret}")))}";
#pragma warning restore CA5351
            yield return $"--{Voice}:phones:{user}:ha1Sha256={Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{user}:{Realm}:{Secret}")))}";
        }
    }

    private static async Task SeedAsync(RunningHost host, HttpClient admin, int agents)
    {
        var directory = host.App.Services.GetRequiredService<IDirectory>();
        await directory.Skills.SaveAsync(new Skill { Id = "hb", Name = new LocalizedText("Host bench", "Banco host") });
        await directory.ServiceLines.SaveAsync(new ServiceLine { Id = Line, Name = new LocalizedText("Host bench line", "Línea banco host") });
        await directory.Teams.SaveAsync(new Team { Id = "hb-team", Name = "Host bench team", ServiceLineId = Line });
        await directory.Queues.SaveAsync(new Queue
        {
            Id = QueueId, Name = new LocalizedText("Host bench voice", "Voz banco host"), ServiceLineId = Line,
            RequiredSkills = [new SkillRequirement("hb", 1)], AfterContactWork = AfterContactWorkMode.None,
            OfferTimeout = TimeSpan.FromSeconds(20), ServiceLevel = new ServiceLevelTarget(80, TimeSpan.FromSeconds(20)),
        });
        for (var i = 1; i <= agents; i++)
        {
            await directory.Agents.SaveAsync(new Agent
            {
                Id = AgentId(i), DisplayName = $"Host bench agent {i}", TeamIds = ["hb-team"], ServiceLineIds = [Line], Skills = [new AgentSkill("hb", 5)],
            });
            using var presence = await admin.PutAsJsonAsync(new Uri($"/api/v1/agents/{AgentId(i)}/presence", UriKind.Relative), new { statusId = PresenceStatusDefinition.AvailableId });
            if (!presence.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Could not make {AgentId(i)} Available: {(int)presence.StatusCode} {await presence.Content.ReadAsStringAsync()}");
            }
        }
    }

    /// <summary>Registers agent 1..N, one SIPp each (eight at a time), every Contact the UAS's port; all must pass.</summary>
    private static async Task RegisterAsync(string directory, IPEndPoint server, int phonePort, int agents)
    {
        await Parallel.ForAsync(1, agents + 1, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var outcome = await VoiceSipp.RunAsync(directory,
            [
                $"{server.Address}:{VoiceSipp.Text(server.Port)}", "-sf", VoiceSipp.Scenario("bench_host_register.xml"), "-s", AgentId(i),
                "-au", AgentId(i), "-ap", Secret, "-i", "127.0.0.1", "-p", VoiceSipp.Text(VoiceSipp.FreeUdpPort()),
                "-key", "phone_port", VoiceSipp.Text(phonePort), "-m", "1", "-timeout", "60s", "-recv_timeout", "10000", "-nostdin",
            ]);
            if (outcome.Successful != 1 || outcome.ExitCode != 0)
            {
                throw new InvalidOperationException($"Registering {AgentId(i)}'s phone failed (SIPp exit {outcome.ExitCode}): {outcome.Errors}");
            }
        });
    }
}
