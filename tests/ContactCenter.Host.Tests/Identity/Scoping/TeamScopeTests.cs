using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Channels;
using ContactCenter.Host.Tests.EndToEnd;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Testing.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Identity.Scoping;

/// <summary>
/// A supervisor sees only their teams, on the demo directory (team-autos: agent1, agent2, agent4; team-salud: agent3,
/// agent4): presence and interactions answer 403 outside them, and the supervisor hub neither answers nor pushes them.
/// </summary>
public sealed class TeamScopeTests : IAsyncLifetime
{
    private const string Password = "Scoped-Password-7";
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await EndToEndHost.StartAsync();

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Presence_SaludSupervisor_SeesSaludAgentsOnlyWhileUnscopedCallersSeeAll()
    {
        using var salud = await SignInAsync("sup.salud", ["team-salud"]);
        using var both = await SignInAsync("sup.both", ["team-autos", "team-salud"]);
        using var admin = _host.CreateAdminClient();

        Assert.Equal(HttpStatusCode.OK, (await salud.GetAsync("/api/v1/agents/agent3/presence")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await salud.GetAsync("/api/v1/agents/agent4/presence")).StatusCode);
        using var outside = await salud.GetAsync("/api/v1/agents/agent1/presence");
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal("scope.forbidden", JsonDocument.Parse(await outside.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await salud.PutAsJsonAsync("/api/v1/agents/agent1/presence", new { statusId = "available" })).StatusCode);
        Assert.Equal("offline", await StatusOfAsync(admin, "agent1"));
        Assert.Equal(HttpStatusCode.OK, (await both.GetAsync("/api/v1/agents/agent1/presence")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/agents/agent1/presence")).StatusCode);
    }

    [Fact]
    public async Task Interaction_SaludSupervisor_GetsForbiddenForAnAutosInteraction()
    {
        using var admin = _host.CreateAdminClient();
        using var created = await admin.PostAsJsonAsync("/api/v1/interactions", new { channel = "Email", serviceLineId = "autos", subject = "Choque" });
        var autosId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        using var createdSalud = await admin.PostAsJsonAsync("/api/v1/interactions", new { channel = "Email", serviceLineId = "salud", subject = "Cita" });
        var saludId = JsonDocument.Parse(await createdSalud.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        using var salud = await SignInAsync("sup.salud2", ["team-salud"]);
        using var autos = await SignInAsync("sup.autos2", ["team-autos"]);

        Assert.Equal(HttpStatusCode.Forbidden, (await salud.GetAsync($"/api/v1/interactions/{autosId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await salud.PostAsJsonAsync($"/api/v1/interactions/{autosId}/abandon", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await salud.GetAsync($"/api/v1/interactions/{saludId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await autos.GetAsync($"/api/v1/interactions/{autosId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await salud.GetAsync("/api/v1/interactions/i-nothing")).StatusCode);
    }

    [Fact]
    public async Task SupervisorHub_SaludSupervisor_IsRefusedAutosPresenceAndHearsOnlySaludChanges()
    {
        var cookie = await SessionCookieAsync("sup.hub", ["team-salud"]);
        var received = Channel.CreateUnbounded<JsonElement>();
        await using var hub = Connect(cookie);
        hub.On<JsonElement>("PresenceChanged", m => received.Writer.TryWrite(m));
        await hub.StartAsync();

        await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonElement>("GetAgentPresence", "agent1"));
        Assert.Equal("agent3", (await hub.InvokeAsync<JsonElement>("GetAgentPresence", "agent3")).GetProperty("agentId").GetString());

        using var admin = _host.CreateAdminClient();
        (await admin.PutAsJsonAsync("/api/v1/agents/agent1/presence", new { statusId = "available" })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync("/api/v1/agents/agent3/presence", new { statusId = "available" })).EnsureSuccessStatusCode();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var first = await received.Reader.ReadAsync(timeout.Token);
        Assert.Equal("agent3", first.GetProperty("current").GetProperty("agentId").GetString());
    }

    [Fact]
    public async Task SupervisorHub_AgentMovedIntoTheTeam_IsHeardAtOnceDespiteTheCachedRoster()
    {
        var cookie = await SessionCookieAsync("sup.moved", ["team-salud"]);
        var received = Channel.CreateUnbounded<JsonElement>();
        await using var hub = Connect(cookie);
        hub.On<JsonElement>("PresenceChanged", m => received.Writer.TryWrite(m));
        await hub.StartAsync();
        using var admin = _host.CreateAdminClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        // agent2 is in team-autos only: its change goes to other supervisors and leaves the roster cached.
        (await admin.PutAsJsonAsync("/api/v1/agents/agent2/presence", new { statusId = "available" })).EnsureSuccessStatusCode();
        var directory = _host.App.Services.GetRequiredService<IDirectory>();
        var agent2 = (await directory.Agents.GetAsync("agent2"))!;
        await directory.Agents.SaveAsync(agent2 with { TeamIds = [.. agent2.TeamIds, "team-salud"] });
        (await admin.PutAsJsonAsync("/api/v1/agents/agent2/presence", new { statusId = "offline" })).EnsureSuccessStatusCode();

        // Without the directory change dropping the roster, this change would still go to team-autos only.
        JsonElement heard;
        do
        {
            heard = (await received.Reader.ReadAsync(timeout.Token)).GetProperty("current");
            Assert.Equal("agent2", heard.GetProperty("agentId").GetString());
        }
        while (heard.GetProperty("statusId").GetString() != "offline");
    }

    private async Task<HttpClient> SignInAsync(string userName, string[] teams)
    {
        await CreateAsync(userName, teams);
        var client = _host.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName, password = Password })).EnsureSuccessStatusCode();
        return client;
    }

    private async Task<string> SessionCookieAsync(string userName, string[] teams)
    {
        await CreateAsync(userName, teams);
        using var client = _host.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-cc.session=", StringComparison.Ordinal)).Split(';')[0];
    }

    private async Task CreateAsync(string userName, string[] teams)
    {
        using var admin = _host.CreateAdminClient();
        (await admin.PostAsJsonAsync("/api/v1/users", new { userName, password = "First-Password-1", roles = new[] { "supervisor" }, teamIds = teams })).EnsureSuccessStatusCode();
        using var client = _host.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/identity/password", new { userName, currentPassword = "First-Password-1", newPassword = Password })).EnsureSuccessStatusCode();
    }

    private static async Task<string?> StatusOfAsync(HttpClient admin, string agentId) =>
        JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/agents/{agentId}/presence")).RootElement.GetProperty("statusId").GetString();

    private HubConnection Connect(string cookie)
    {
        var pin = _host.CertificateSha256;
        return new HubConnectionBuilder()
            .WithUrl(new Uri(_host.BaseAddress, "/hubs/supervisor"), options =>
            {
                options.Headers["Cookie"] = cookie;
                options.HttpMessageHandlerFactory = _ => new SocketsHttpHandler { SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, c, _, _) => Matches(c, pin) } };
                options.WebSocketConfiguration = socket => socket.RemoteCertificateValidationCallback = (_, c, _, _) => Matches(c, pin);
            })
            .Build();
    }

    private static bool Matches(X509Certificate? certificate, string pin) =>
        certificate is X509Certificate2 c && c.GetCertHashString(HashAlgorithmName.SHA256) == pin;
}
