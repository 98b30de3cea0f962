using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ContactCenter.Kernel.Audit;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Host;

/// <summary>
/// Agents' SIP device accounts through the phones API on the real host (demo mode: phones agent1..agent4 and
/// supervisor1 with the demo password, agents signed in with the same password): an agent rotates its own secret and
/// SIPp with the old one is refused while the new one registers, and the phone registered before is dropped; another
/// agent's account is refused (audited as denied); an administrator creates, re-assigns and removes accounts; rotated
/// accounts survive a restart of the plugin while untouched ones still follow the setting; bad input changes nothing.
/// </summary>
public sealed class VoicePhonesApiTests(VoicePhonesHostFixture fixture) : IClassFixture<VoicePhonesHostFixture>
{
    private const string Password = VoicePhonesHostFixture.Password;

    [Fact]
    public async Task Rotate_OwnAccount_OldSecretRefusedNewRegistersEarlierRegistrationDroppedAudited()
    {
        Assert.Equal(0, await RegisterAsync("agent1", Password));
        using var agent = await fixture.SignInAsync("agent1");

        using var response = await agent.PostAsync(VoiceDemoHostFixture.Api("phones/agent1/secret"), null);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var answer = JsonDocument.Parse(body).RootElement;
        var secret = answer.GetProperty("secret").GetString()!;
        Assert.True(secret.Length >= 32, $"generated secret of {secret.Length} characters");
        Assert.DoesNotContain("ha1", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("agent1", answer.GetProperty("account").GetProperty("agentId").GetString());
        Assert.Equal(0, await fixture.ContactsAsync("agent1", secret));
        Assert.NotEqual(0, await RegisterAsync("agent1", Password));
        Assert.Equal(0, await RegisterAsync("agent1", secret));
        Assert.Equal(1, await fixture.ContactsAsync("agent1", secret));
        var entry = Assert.Single(await fixture.AuditAsync("voice.phone.secret-rotated", "phones/agent1"));
        Assert.Equal("success", entry.Outcome);
        Assert.NotEqual("anonymous", entry.Actor);
        Assert.False(entry.Actor.StartsWith("plugin:", StringComparison.Ordinal), entry.Actor);
        Assert.Contains("owning agent", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("1 registration(s) dropped", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, entry.Detail ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotate_AnotherAgentsAccount_403AuditedAsDeniedNothingChanges()
    {
        using var agent = await fixture.SignInAsync("agent2");

        using var rotate = await agent.PostAsync(VoiceDemoHostFixture.Api("phones/agent3/secret"), null);
        using var assign = await agent.PutAsJsonAsync(VoiceDemoHostFixture.Api("phones/agent3"), new { agentId = "agent2" });
        using var remove = await agent.DeleteAsync(VoiceDemoHostFixture.Api("phones/agent3"));
        using var list = await agent.GetAsync(VoiceDemoHostFixture.Api("phones"));

        Assert.Equal(HttpStatusCode.Forbidden, rotate.StatusCode);
        Assert.Contains(" / ", await rotate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, assign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        var denied = Assert.Single(await fixture.AuditAsync("voice.phone.secret-rotated", "phones/agent3"));
        Assert.Equal("denied", denied.Outcome);
        Assert.Single(await fixture.AuditAsync("voice.phone.assigned", "phones/agent3"), e => e.Outcome == "denied");
        Assert.Single(await fixture.AuditAsync("voice.phone.removed", "phones/agent3"), e => e.Outcome == "denied");
        Assert.Equal(0, await RegisterAsync("agent3", Password));
        var account = (await fixture.AccountsAsync()).Single(a => a.GetProperty("user").GetString() == "agent3");
        Assert.Equal("agent3", account.GetProperty("agentId").GetString());
        Assert.Equal("configuration", account.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Mine_Agent_OnlyItsOwnAccountWithoutDigests()
    {
        using var agent = await fixture.SignInAsync("agent2");

        using var response = await agent.GetAsync(VoiceDemoHostFixture.Api("phones/me"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var items = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().ToList();
        var mine = Assert.Single(items);
        Assert.Equal("agent2", mine.GetProperty("user").GetString());
        Assert.True(mine.GetProperty("hasSecret").GetBoolean());
        Assert.DoesNotContain("ha1", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Admin_CreateRotateReassignRemove_EachAuditedAndEnforcedAtRegistration()
    {
        using var admin = fixture.Host.CreateAdminClient();
        const string Chosen = "Desk-Phone-7-Secret!";

        using var created = await admin.PutAsJsonAsync(VoiceDemoHostFixture.Api("phones/desk-7"), new { agentId = "agent3" });
        using var again = await admin.PutAsJsonAsync(VoiceDemoHostFixture.Api("phones/desk-7"), new { agentId = "agent3" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var listed = (await fixture.AccountsAsync()).Single(a => a.GetProperty("user").GetString() == "desk-7");
        Assert.False(listed.GetProperty("hasSecret").GetBoolean());
        Assert.Equal("api", listed.GetProperty("source").GetString());

        using var rotated = await admin.PostAsJsonAsync(VoiceDemoHostFixture.Api("phones/desk-7/secret"), new { secret = Chosen });
        var rotatedBody = await rotated.Content.ReadAsStringAsync();
        Assert.True(rotated.StatusCode == HttpStatusCode.OK, rotatedBody);
        Assert.DoesNotContain(Chosen, rotatedBody, StringComparison.Ordinal);
        Assert.Equal(0, await RegisterAsync("desk-7", Chosen));

        using var reassigned = await admin.PutAsJsonAsync(VoiceDemoHostFixture.Api("phones/desk-7"), new { agentId = "agent4" });
        Assert.Equal(HttpStatusCode.OK, reassigned.StatusCode);
        var moved = JsonDocument.Parse(await reassigned.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("agent4", moved.GetProperty("agentId").GetString());
        Assert.False(moved.GetProperty("hasSecret").GetBoolean(), "re-assigning clears the secret the previous agent knew");
        Assert.NotEqual(0, await RegisterAsync("desk-7", Chosen));

        using var removed = await admin.DeleteAsync(VoiceDemoHostFixture.Api("phones/desk-7"));
        using var removedAgain = await admin.DeleteAsync(VoiceDemoHostFixture.Api("phones/desk-7"));
        using var rotateRemoved = await admin.PostAsync(VoiceDemoHostFixture.Api("phones/desk-7/secret"), null);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rotateRemoved.StatusCode);
        Assert.DoesNotContain(await fixture.AccountsAsync(), a => a.GetProperty("user").GetString() == "desk-7");

        Assert.Single(await fixture.AuditAsync("voice.phone.created", "phones/desk-7"));
        Assert.Single(await fixture.AuditAsync("voice.phone.secret-rotated", "phones/desk-7"), e => e.Outcome == "success" && e.Detail!.Contains("chosen", StringComparison.Ordinal));
        Assert.Single(await fixture.AuditAsync("voice.phone.reassigned", "phones/desk-7"));
        Assert.Single(await fixture.AuditAsync("voice.phone.removed", "phones/desk-7"), e => e.Outcome == "success");
    }

    [Theory]
    [InlineData("agent9")]
    [InlineData("supervisor1")]
    [InlineData("admin")]
    public async Task Put_AgentIdNamesNoAgent_400NamingTheFieldNothingStoredAuditedAsDenied(string agentId)
    {
        using var admin = fixture.Host.CreateAdminClient();
        var user = "desk-unknown-" + agentId;
        var before = await fixture.AccountsAsync();

        using var response = await admin.PutAsJsonAsync(VoiceDemoHostFixture.Api("phones/" + user), new { agentId });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("agentId: no agent of the directory has the id '" + agentId + "'", body, StringComparison.Ordinal);
        Assert.Contains("ningún agente del directorio", body, StringComparison.Ordinal);
        Assert.Equal(before.Select(a => a.GetRawText()), (await fixture.AccountsAsync()).Select(a => a.GetRawText()));
        Assert.Empty(await fixture.AuditAsync("voice.phone.created", "phones/" + user));
        var denied = Assert.Single(await fixture.AuditAsync("voice.phone.assigned", "phones/" + user));
        Assert.Equal("denied", denied.Outcome);
        Assert.Contains("no agent", denied.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_ExistingAccountToUnknownAgent_KeepsAgentAndSecret()
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var created = await admin.PutAsJsonAsync(VoiceDemoHostFixture.Api("phones/desk-keep"), new { agentId = "agent2" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var rotated = await admin.PostAsJsonAsync(VoiceDemoHostFixture.Api("phones/desk-keep/secret"), new { secret = "Kept-Phone-Secret-42!" });
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);

        using var moved = await admin.PutAsJsonAsync(VoiceDemoHostFixture.Api("phones/desk-keep"), new { agentId = "agent2x" });

        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        var account = (await fixture.AccountsAsync()).Single(a => a.GetProperty("user").GetString() == "desk-keep");
        Assert.Equal("agent2", account.GetProperty("agentId").GetString());
        Assert.True(account.GetProperty("hasSecret").GetBoolean());
        Assert.Equal(0, await RegisterAsync("desk-keep", "Kept-Phone-Secret-42!"));
        Assert.Empty(await fixture.AuditAsync("voice.phone.reassigned", "phones/desk-keep"));
    }

    [Fact]
    public async Task Put_SupervisorId_CreatesTheSupervisorsMonitoringPhoneAuditedAsUnchecked()
    {
        using var admin = fixture.Host.CreateAdminClient();

        using var created = await admin.PutAsJsonAsync(VoiceDemoHostFixture.Api("phones/sup-desk"), new { supervisorId = "supervisor1" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var account = (await fixture.AccountsAsync()).Single(a => a.GetProperty("user").GetString() == "sup-desk");
        Assert.Equal("supervisor1", account.GetProperty("agentId").GetString());
        var entry = Assert.Single(await fixture.AuditAsync("voice.phone.created", "phones/sup-desk"));
        Assert.Contains("supervisor", entry.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT", "phones/bad%20user", "{\"agentId\":\"agent1\"}", 400)]
    [InlineData("PUT", "phones/me", "{\"agentId\":\"agent1\"}", 400)]
    [InlineData("PUT", "phones/abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcde", "{\"agentId\":\"agent1\"}", 400)]
    [InlineData("PUT", "phones/new-phone", "{\"agentId\":\"\"}", 400)]
    [InlineData("PUT", "phones/new-phone", "{\"agentId\":\" agent1\"}", 400)]
    [InlineData("PUT", "phones/new-phone", "{}", 400)]
    [InlineData("PUT", "phones/new-phone", "not json", 400)]
    [InlineData("PUT", "phones/new-phone", "{\"agentId\":\"agent1\",\"supervisorId\":\"supervisor1\"}", 400)]
    [InlineData("PUT", "phones/new-phone", "{\"supervisorId\":\"\"}", 400)]
    [InlineData("PUT", "phones/new-phone", "{\"agentId\":\"agent1\",\"extra\":1}", 400)]
    [InlineData("POST", "phones/supervisor1/secret", "{\"secret\":\"short-1\"}", 400)]
    [InlineData("POST", "phones/supervisor1/secret", "{\"secret\":\"aaaaaaaaaaaaaaaaaaaaaaaa\"}", 400)]
    [InlineData("POST", "phones/supervisor1/secret", "{\"secret\":\"my-supervisor1-phone-pw\"}", 400)]
    [InlineData("POST", "phones/supervisor1/secret", "{\"secret\":\"has a space in it 1234\"}", 400)]
    [InlineData("POST", "phones/supervisor1/secret", "{\"secret\":42}", 400)]
    [InlineData("POST", "phones/supervisor1/secret", "{\"password\":\"Long-Enough-Secret-1\"}", 400)]
    [InlineData("POST", "phones/supervisor1/secret", "[1]", 400)]
    [InlineData("POST", "phones/no-such-phone/secret", "", 404)]
    [InlineData("DELETE", "phones/no-such-phone", "", 404)]
    public async Task BadInput_ProblemInBothLanguagesAndNothingChanges(string method, string path, string body, int status)
    {
        using var admin = fixture.Host.CreateAdminClient();
        var before = await fixture.AccountsAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), VoiceDemoHostFixture.Api(path))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

        using var response = await admin.SendAsync(request);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(" / ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before.Select(a => a.GetRawText()), (await fixture.AccountsAsync()).Select(a => a.GetRawText()));
    }

    [Theory]
    [InlineData("GET", "phones")]
    [InlineData("GET", "phones/me")]
    [InlineData("POST", "phones/agent1/secret")]
    [InlineData("PUT", "phones/agent1")]
    [InlineData("DELETE", "phones/agent1")]
    public async Task Anonymous_401(string method, string path)
    {
        using var anonymous = fixture.Host.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), VoiceDemoHostFixture.Api(path))
        {
            Content = new StringContent("{\"agentId\":\"agent9\"}", Encoding.UTF8, "application/json"),
        };

        using var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PluginRestart_RotatedAccountKeepsItsSecretUntouchedOneFollowsTheSetting()
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var rotated = await admin.PostAsync(VoiceDemoHostFixture.Api("phones/agent4/secret"), null);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var secret = JsonDocument.Parse(await rotated.Content.ReadAsStringAsync()).RootElement.GetProperty("secret").GetString()!;

        await fixture.RestartPluginAsync();

        Assert.Equal(0, await RegisterAsync("agent4", secret));
        Assert.NotEqual(0, await RegisterAsync("agent4", Password));
        Assert.Equal(0, await RegisterAsync("supervisor1", Password));
        var account = (await fixture.AccountsAsync()).Single(a => a.GetProperty("user").GetString() == "agent4");
        Assert.Equal("api", account.GetProperty("source").GetString());
        Assert.NotEqual("configuration", account.GetProperty("rotatedBy").GetString());
    }

    private Task<int> RegisterAsync(string user, string secret) => fixture.RegisterAsync(user, secret);
}

/// <summary>
/// The host restarted on the same data (LiteDb) with another demo password in the <c>phones</c> setting: the account
/// rotated through the API keeps its secret, the one removed through the API stays removed, and an untouched one
/// follows the changed setting.
/// </summary>
public sealed class VoicePhonesRestartTests
{
    [Fact]
    public async Task HostRestart_StorageWinsForApiAccountsSettingForUntouchedOnes()
    {
        const string First = "First-Phones-Passw0rd!";
        const string Second = "Second-Phones-Passw0rd!";
        var data = Directory.CreateTempSubdirectory("cc-phones-restart-").FullName;
        try
        {
            string secret;
            var firstPort = SippRunner.FreePort("UDP");
            await using (var host = await VoicePhonesHostFixture.StartAsync(data, First, firstPort, "--CC:Storage:Provider=LiteDb"))
            {
                using var admin = host.CreateAdminClient();
                using var rotated = await admin.PostAsync(VoiceDemoHostFixture.Api("phones/agent2/secret"), null);
                Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
                secret = JsonDocument.Parse(await rotated.Content.ReadAsStringAsync()).RootElement.GetProperty("secret").GetString()!;
                using var removed = await admin.DeleteAsync(VoiceDemoHostFixture.Api("phones/agent3"));
                Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
                Assert.Equal(0, await VoicePhonesHostFixture.RegisterAsync(new IPEndPoint(IPAddress.Loopback, firstPort), "agent1", First));
            }

            var port = SippRunner.FreePort("UDP");
            await using (var host = await VoicePhonesHostFixture.StartAsync(data, Second, port, "--CC:Storage:Provider=LiteDb"))
            {
                var sip = new IPEndPoint(IPAddress.Loopback, port);
                Assert.Equal(0, await VoicePhonesHostFixture.RegisterAsync(sip, "agent2", secret));
                Assert.Equal(0, await VoicePhonesHostFixture.RegisterAsync(sip, "agent1", Second));
                Assert.NotEqual(0, await VoicePhonesHostFixture.RegisterAsync(sip, "agent1", First));
                Assert.NotEqual(0, await VoicePhonesHostFixture.RegisterAsync(sip, "agent3", Second));
                using var admin = host.CreateAdminClient();
                var users = JsonDocument.Parse(await admin.GetStringAsync(VoiceDemoHostFixture.Api("phones"))).RootElement
                    .GetProperty("items").EnumerateArray().Select(a => a.GetProperty("user").GetString()).ToList();
                Assert.Contains("agent1", users);
                Assert.Contains("agent2", users);
                Assert.DoesNotContain("agent3", users);
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}

/// <summary>The host in demo mode with a known password, the voice plugin on a private UDP port, MD5 offered first (SIPp).</summary>
public sealed class VoicePhonesHostFixture : IAsyncLifetime
{
    public const string Password = "Demo-Phones-Passw0rd!";

    public int SipPort { get; } = SippRunner.FreePort("UDP");

    public RunningHost Host { get; private set; } = null!;

    private IPEndPoint Sip => new(IPAddress.Loopback, SipPort);

    public async Task InitializeAsync() => Host = await StartAsync(null, Password, SipPort);

    /// <summary>A demo host with <paramref name="password"/> as the demo (and phones') password, SIP on <paramref name="sipPort"/>.</summary>
    public static Task<RunningHost> StartAsync(string? dataDirectory, string password, int sipPort, params string[] extra) =>
        VoiceDemoHostFixture.StartAsync(dataDirectory, password, sipPort, extra);

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    /// <summary>A client with the session cookie of the demo user <paramref name="userName"/>.</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = Host.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/identity/sign-in", UriKind.Relative), new { userName, password = Password });
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>SIPp registers <paramref name="user"/> with <paramref name="secret"/>; its exit code (0: registered).</summary>
    public Task<int> RegisterAsync(string user, string secret) => RegisterAsync(Sip, user, secret);

    /// <summary>SIPp registers <paramref name="user"/> with <paramref name="secret"/> at <paramref name="server"/>; its exit code.</summary>
    public static async Task<int> RegisterAsync(IPEndPoint server, string user, string secret)
    {
        var result = await SippRunner.RunAsync("phone_register.xml", "UDP", server, 1,
            "-s", user, "-au", user, "-ap", secret, "-key", "phone_port", SippRunner.FreePort("UDP").ToString(CultureInfo.InvariantCulture));
        return result.ExitCode;
    }

    /// <summary>
    /// The contacts registered for <paramref name="user"/>: a REGISTER without Contact (a query, RFC 3261 §10.2.3)
    /// authenticated with <paramref name="secret"/>, counting the Contact headers of its 200.
    /// </summary>
    public async Task<int> ContactsAsync(string user, string secret)
    {
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var local = ((IPEndPoint)udp.Client.LocalEndPoint!).Port;
        var uri = $"sip:127.0.0.1:{SipPort}";
        var callId = $"query-{Guid.NewGuid():N}";
        var challenge = await ExchangeAsync(udp, Query(user, uri, local, callId, 1, null));
        Assert.Equal(401, challenge.StatusCode);
        var answer = await ExchangeAsync(udp, Query(user, uri, local, callId, 2, SipTestClient.Answer(challenge, "MD5", user, secret, uri)));
        Assert.Equal(200, answer.StatusCode);
        return answer.Headers.GetAll(SipHeaderNames.Contact).Count();
    }

    public async Task<List<AuditRecord>> AuditAsync(string action, string target)
    {
        var log = Host.App.Services.GetRequiredService<IAuditLog>();
        var found = new List<AuditRecord>();
        await foreach (var record in log.ReadAsync(new AuditQuery { Action = action, Target = "plugin/cc.channels.voice/" + target }))
        {
            found.Add(record);
        }

        return found;
    }

    /// <summary>The accounts <c>GET /phones</c> lists, as an administrator sees them.</summary>
    public async Task<List<JsonElement>> AccountsAsync()
    {
        using var admin = Host.CreateAdminClient();
        using var response = await admin.GetAsync(VoiceDemoHostFixture.Api("phones"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.DoesNotContain("ha1", body, StringComparison.OrdinalIgnoreCase);
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone())];
    }

    /// <summary>Disables and enables the voice plugin (a new instance: state in memory is gone, the plugin's store stays).</summary>
    public async Task RestartPluginAsync()
    {
        using var admin = Host.CreateAdminClient();
        using var disabled = await admin.PostAsync(new Uri("/api/v1/plugins/cc.channels.voice/disable", UriKind.Relative), null);
        Assert.True(disabled.IsSuccessStatusCode, await disabled.Content.ReadAsStringAsync());
        using var enabled = await admin.PostAsync(new Uri("/api/v1/plugins/cc.channels.voice/enable", UriKind.Relative), null);
        Assert.True(enabled.IsSuccessStatusCode, await enabled.Content.ReadAsStringAsync());
        await Host.WaitForPluginActiveAsync("cc.channels.voice");
    }

    private static string Query(string user, string uri, int localPort, string callId, int cseq, string? authorization) =>
        $"REGISTER {uri} SIP/2.0\r\n"
        + $"Via: SIP/2.0/UDP 127.0.0.1:{localPort};branch=z9hG4bK{callId}-{cseq};rport\r\n"
        + "Max-Forwards: 70\r\n"
        + $"To: <sip:{user}@127.0.0.1>\r\n"
        + $"From: <sip:{user}@127.0.0.1>;tag=q{cseq}\r\n"
        + $"Call-ID: {callId}\r\n"
        + $"CSeq: {cseq} REGISTER\r\n"
        + (authorization is null ? "" : $"Authorization: {authorization}\r\n")
        + "Content-Length: 0\r\n\r\n";

    private async Task<SipResponse> ExchangeAsync(UdpClient udp, string request)
    {
        await udp.SendAsync(Encoding.UTF8.GetBytes(request), new IPEndPoint(IPAddress.Loopback, SipPort));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = await udp.ReceiveAsync(timeout.Token);
        return (SipResponse)SipMessageParser.Parse(received.Buffer, SipLimits.Default);
    }
}
