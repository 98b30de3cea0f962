using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Host;

/// <summary>
/// The real host in demo mode (HTTPS on loopback, in-memory store, encryption at rest with an ephemeral key) with the
/// bundled voice plugin on a private UDP port. Demo mode provides the lines autos/salud and the phone accounts
/// agent1..agent4 with the demo password; MD5 is offered first because Debian's SIPp answers only the first challenge.
/// Two calls from 5550100 to sip:autos are placed once, go through the demo greeting and menu (digit 1), are answered
/// by agent1's phone (SIPp) and closed with different dispositions; the tests then read them back through the
/// recordings API.
/// </summary>
public sealed class VoiceDemoHostFixture : IAsyncLifetime, IDisposable
{
    public const string Password = "Demo-Voice-Passw0rd!";
    public const string CallerNumber = "5550100";
    public static readonly string[] Dispositions = ["siniestro/parte-nuevo/autos", "poliza/renovacion"];
    private readonly SemaphoreSlim _callsOnce = new(1, 1);
    private IReadOnlyList<JsonElement>? _recordings;

    public int SipPort { get; } = SippRunner.FreePort("UDP");

    public RunningHost Host { get; private set; } = null!;

    public IPEndPoint Sip => new(IPAddress.Loopback, SipPort);

    public async Task InitializeAsync() => Host = await StartAsync(SipPort);

    /// <summary>
    /// Starts the real host in demo mode with the voice plugin's SIP on UDP <paramref name="sipPort"/> (MD5 offered
    /// first) and the <paramref name="extra"/> arguments, and waits until the bundled voice plugin is active.
    /// </summary>
    public static Task<RunningHost> StartAsync(int sipPort, params string[] extra) => StartAsync(null, Password, sipPort, extra);

    /// <summary>
    /// As <see cref="StartAsync(int, string[])"/>, with trunk <c>carrier</c> to SIPp on 127.0.0.1:<paramref name="carrierPort"/>
    /// and the outbound line <c>autos</c> through it (caller id +34910000001), then the <paramref name="extra"/> arguments: calls placed with the host's
    /// <c>IVoiceCalls.OriginateAsync</c>.
    /// </summary>
    public static Task<RunningHost> StartWithCarrierAsync(int sipPort, int carrierPort, params string[] extra) => StartAsync(sipPort,
        [$"--{RunningHost.VoiceSettings}:trunks:carrier:outboundProxy=127.0.0.1:{carrierPort.ToString(CultureInfo.InvariantCulture)}",
        $"--{RunningHost.VoiceSettings}:outboundLines:autos:trunk=carrier",
        $"--{RunningHost.VoiceSettings}:outboundLines:autos:callerIdNumber=+34910000001", .. extra]);

    /// <summary>
    /// As <see cref="StartAsync(int, string[])"/>, with its data in <paramref name="dataDirectory"/> (a fresh temporary
    /// one when null) and <paramref name="password"/> as the demo (and demo phones') password (null: generated).
    /// </summary>
    public static async Task<RunningHost> StartAsync(string? dataDirectory, string? password, int sipPort, params string[] extra)
    {
        var host = await RunningHost.StartAsync(dataDirectory, configure: null,
            ["--demo", .. password is null ? Array.Empty<string>() : [$"--CC:Demo:Password={password}"],
            $"--{RunningHost.VoiceSettings}:udpPort={sipPort.ToString(CultureInfo.InvariantCulture)}",
            $"--{RunningHost.VoiceSettings}:digestAlgorithms:0=MD5",
            $"--{RunningHost.VoiceSettings}:digestAlgorithms:1=SHA-256", .. extra]);
        try
        {
            await host.WaitForPluginActiveAsync("cc.channels.voice");
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    public void Dispose() => _callsOnce.Dispose();

    /// <summary>The two recorded and closed calls (metadata as the API returns it, oldest first); placed on first use.</summary>
    public async Task<IReadOnlyList<JsonElement>> RecordedCallsAsync()
    {
        await _callsOnce.WaitAsync();
        try
        {
            if (_recordings is null)
            {
                var recorded = new List<JsonElement>();
                foreach (var disposition in Dispositions)
                {
                    recorded.Add(await RecordCallAsync(disposition, recorded.Count + 1));
                }

                _recordings = recorded;
            }

            return _recordings;
        }
        finally
        {
            _callsOnce.Release();
        }
    }

    private async Task<JsonElement> RecordCallAsync(string disposition, int expected)
    {
        using var admin = Host.CreateAdminClient();
        using var phone = await Agent1AnswersAsync(Host, Sip);
        var caller = await SippRunner.RunAsync("call_ivr_pcap.xml", "UDP", Sip, 1, "-s", "autos", "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture));
        AssertPassed(caller, "caller");
        AssertPassed(await phone.WaitAsync(), "phone");

        // The recording is stored when the bridge ends, just after the caller's BYE.
        var found = await WaitForAsync(admin, $"recordings?phone={CallerNumber}", page => page.GetProperty("items").GetArrayLength() == expected);
        var recording = found.GetProperty("items")[0];
        var interactionId = recording.GetProperty("interactionId").GetString()!;
        await WaitForAsync(admin, $"/api/v1/interactions/{interactionId}", i => i.GetProperty("state").GetString() == "WrapUp", absolute: true);
        using var close = await admin.PostAsJsonAsync(new Uri($"/api/v1/interactions/{interactionId}/close", UriKind.Relative), new { disposition = new { code = disposition } });
        Assert.True(close.IsSuccessStatusCode, await close.Content.ReadAsStringAsync());
        return await WaitForAsync(admin, $"recordings/{recording.GetProperty("id").GetString()}", r => r.TryGetProperty("disposition", out var d) && d.GetString() == disposition);
    }

    /// <summary>
    /// Makes agent1 available and registers its phone (SIPp, the demo password) on <paramref name="sip"/>; the phone
    /// then answers one call (<c>phone_answer.xml</c>, echoing the audio) and answers the platform's BYE.
    /// </summary>
    internal static Task<SippProcess> Agent1AnswersAsync(RunningHost host, IPEndPoint sip) =>
        AgentAnswersAsync(host, sip, "agent1", "agent1", Password);

    /// <summary>
    /// Makes <paramref name="agentId"/> available and registers SIPp as SIP user <paramref name="phoneUser"/> with
    /// <paramref name="secret"/>; the phone then answers one call as <see cref="Agent1AnswersAsync"/> does.
    /// </summary>
    internal static Task<SippProcess> AgentAnswersAsync(RunningHost host, IPEndPoint sip, string agentId, string phoneUser, string secret) =>
        AgentAnswersWithAsync(host, sip, agentId, phoneUser, secret, "phone_answer.xml", "-rtp_echo");

    /// <summary>As <see cref="AgentAnswersAsync"/>, the phone running <paramref name="scenario"/> with the <paramref name="extra"/> arguments.</summary>
    internal static async Task<SippProcess> AgentAnswersWithAsync(RunningHost host, IPEndPoint sip, string agentId, string phoneUser, string secret, string scenario, params string[] extra)
    {
        // The phone registers and listens before the agent becomes available: a call already waiting is offered at once.
        var phone = await RegisteredPhoneAsync(sip, phoneUser, secret, scenario, extra);
        try
        {
            using var admin = host.CreateAdminClient();
            using var presence = await admin.PutAsJsonAsync(new Uri($"/api/v1/agents/{agentId}/presence", UriKind.Relative), new { statusId = "available" });
            Assert.True(presence.IsSuccessStatusCode, await presence.Content.ReadAsStringAsync());
            return phone;
        }
        catch
        {
            phone.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Registers SIPp as SIP user <paramref name="phoneUser"/> with <paramref name="secret"/> (the test fails
    /// otherwise) and starts <paramref name="scenario"/> on the registered port, with SIPp's media on a free port;
    /// no presence change (e.g. a supervisor's phone).
    /// </summary>
    internal static async Task<SippProcess> RegisteredPhoneAsync(IPEndPoint sip, string phoneUser, string secret, string scenario, params string[] extra)
    {
        var phonePort = SippRunner.FreePort("UDP");
        AssertPassed(await SippRunner.RunAsync("phone_register.xml", "UDP", sip, 1,
            "-s", phoneUser, "-au", phoneUser, "-ap", secret, "-key", "phone_port", phonePort.ToString(CultureInfo.InvariantCulture)), "registration");
        return SippRunner.Start(scenario, "UDP", sip, 1, phonePort, [.. extra, "-mp", SippRunner.FreeMediaPort().ToString(CultureInfo.InvariantCulture)]);
    }

    public static Uri Api(string path) => new($"/api/v1/channels/cc.channels.voice/{path.TrimStart('/')}", UriKind.Relative);

    /// <summary>Polls GET <paramref name="path"/> (under the voice API unless <paramref name="absolute"/>) until <paramref name="condition"/> holds (15 s at most).</summary>
    public static async Task<JsonElement> WaitForAsync(HttpClient client, string path, Func<JsonElement, bool> condition, bool absolute = false)
    {
        var uri = absolute ? new Uri(path, UriKind.Relative) : Api(path);
        var last = string.Empty;
        for (var i = 0; i < 300; i++)
        {
            using var response = await client.GetAsync(uri);
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.IsSuccessStatusCode)
            {
                var body = JsonDocument.Parse(last[4..]).RootElement.Clone();
                if (condition(body))
                {
                    return body;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"GET {uri} did not reach the expected state in 15 s; last answer: {last}");
    }

    internal static void AssertPassed(SippResult result, string who) =>
        Assert.True(result.ExitCode == 0, $"SIPp ({who}) exit {result.ExitCode}: {result.Errors}\n{result.Output[^Math.Min(result.Output.Length, 1500)..]}");
}
