using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Threading.Channels;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Host.Security.Authentication;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using ContactCenter.Testing.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Shell.Supervision;

/// <summary>
/// A supervisor's interventions on the real demo host over HTTPS: forcing an agent's status (REST and hub) inside and
/// outside their teams, with a bad status and without the permission, audited; the agent hears who did it and who
/// supervises their contact on <c>/hubs/agent</c>. team-salud holds agent3 and agent4; agent1 is in team-autos.
/// </summary>
public sealed partial class SupervisorInterventionTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(
        builder => builder.Services.AddSingleton<ITokenAuthenticator, Tokens>(), "--demo", "--CC:Demo:Password=Intervene-Test-Password-4");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ForcePresence_AgentOfTheSupervisorsTeam_SetsTheStatusAndAuditsFromAndTo()
    {
        using var client = _host.CreateClient(Tokens.Supervisor);
        var before = await Presence().SetStatusAsync("agent3", "available");

        using var response = await client.PostAsJsonAsync("/api/v1/agents/agent3/presence/force", new { statusId = "break", reasonCode = "coffee" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("break", "coffee"), (body.GetProperty("statusId").GetString(), body.GetProperty("reasonCode").GetString()));
        Assert.Equal("break", (await Presence().GetAsync("agent3")).StatusId);
        var entry = Assert.Single(await AuditAsync("agent/agent3", StatusForcing.Action));
        Assert.Equal(("sup-salud", AuditOutcomes.Success, $"from {before.StatusId} to break (coffee)"), (entry.Actor, entry.Outcome, entry.Detail));
    }

    [Fact]
    public async Task ForcePresence_AgentOfAnotherTeam_Answers403AndChangesNothing()
    {
        using var client = _host.CreateClient(Tokens.Supervisor);
        var before = await Presence().GetAsync("agent1");

        using var response = await client.PostAsJsonAsync("/api/v1/agents/agent1/presence/force", new { statusId = "offline" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "scope.forbidden");
        var after = await Presence().GetAsync("agent1");
        Assert.Equal((before.StatusId, before.Version), (after.StatusId, after.Version));
    }

    [Theory]
    [InlineData("gone-fishing", null)]
    [InlineData("break", "nap")]
    [InlineData("", null)]
    public async Task ForcePresence_UnknownStatusOrReason_Answers400AndIsAuditedAsFailure(string status, string? reason)
    {
        using var client = _host.CreateClient(Tokens.Supervisor);
        var before = await Presence().GetAsync("agent4");

        using var response = await client.PostAsJsonAsync("/api/v1/agents/agent4/presence/force", new { statusId = status, reasonCode = reason });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "presence.invalid-status");
        Assert.Equal(before.Version, (await Presence().GetAsync("agent4")).Version);
        Assert.Contains(await AuditAsync("agent/agent4", StatusForcing.Action), e => e.Outcome == AuditOutcomes.Failure);
    }

    [Fact]
    public async Task ForcePresence_WithoutPresenceManage_Answers403()
    {
        using var client = _host.CreateClient(Tokens.ReadOnlySupervisor);
        var before = await Presence().GetAsync("agent3");

        using var response = await client.PostAsJsonAsync("/api/v1/agents/agent3/presence/force", new { statusId = "offline" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before.Version, (await Presence().GetAsync("agent3")).Version);
    }

    [Fact]
    public async Task ForceAgentStatus_FromTheSupervisorHub_TheAgentHearsWhoSetIt()
    {
        await Presence().SetStatusAsync("agent4", "available");
        await using var agent = await ConnectAsync("/hubs/agent", Tokens.Agent4);
        await agent.InvokeAsync<AgentPresence>("GetPresence");
        var forced = Channel.CreateUnbounded<PresenceForced>();
        agent.On<PresenceForced>("StatusForced", f => forced.Writer.TryWrite(f));
        await using var supervisor = await ConnectAsync("/hubs/supervisor", Tokens.Supervisor);

        var presence = await supervisor.InvokeAsync<AgentPresence>("ForceAgentStatus", "agent4", "lunch", null);

        Assert.Equal("lunch", presence.StatusId);
        var told = await forced.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal(("agent4", "Ana", "available", "lunch"), (told.AgentId, told.SupervisorName, told.FromStatusId, told.ToStatusId));
    }

    [Fact]
    public async Task ForceAgentStatus_FromTheHubOutsideTheTeams_IsRefused()
    {
        await using var supervisor = await ConnectAsync("/hubs/supervisor", Tokens.Supervisor);

        var error = await Assert.ThrowsAsync<HubException>(() => supervisor.InvokeAsync<AgentPresence>("ForceAgentStatus", "agent1", "offline", null));

        Assert.Contains("scope.forbidden", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervision_StartedAndStopped_TheAgentHearsWhoAndWhat()
    {
        await Presence().SetStatusAsync("agent3", "available");
        var call = await Interactions().CreateAsync(new NewInteraction { Channel = ChannelKind.Voice, Direction = Direction.Outbound, ServiceLineId = "salud", ExternalId = "intervene-1" });
        await Interactions().ConnectAsync(call.Id, "agent3");
        await using var agent = await ConnectAsync("/hubs/agent", Tokens.Agent3);
        await agent.InvokeAsync<AgentPresence>("GetPresence");
        var changes = Channel.CreateUnbounded<SupervisionChanged>();
        agent.On<SupervisionChanged>("Supervision", c => changes.Writer.TryWrite(c));

        await _host.App.Services.GetRequiredService<SupervisionNotices>().TellAsync(call.Id, "sup-salud", "Ana", SupervisionKind.Coaching, CancellationToken.None);
        var started = await changes.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        await using (var scope = _host.App.Services.CreateAsyncScope())
        {
            // No voice channel in this host, so the leg cannot be stopped there; the agent is told anyway and it is audited.
            var outcome = await scope.ServiceProvider.GetRequiredService<SupervisorDesk>().StopMonitorAsync(Supervisor(), call.Id, CancellationToken.None);
            Assert.False(outcome.Done);
        }

        var stopped = await changes.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal((call.Id, "Ana", SupervisionKind.Coaching), (started.InteractionId, started.SupervisorName, started.Kind!.Value));
        Assert.Equal((call.Id, "sup-salud", (SupervisionKind?)null), (stopped.InteractionId, stopped.SupervisorId, stopped.Kind));
        Assert.Contains(await AuditAsync($"interaction/{call.Id}", "supervision.stop"), e => e.Actor == "sup-salud");
    }

    [Fact]
    public async Task StopMonitor_CallOfAnotherTeam_IsRefusedAndTellsNoAgent()
    {
        var call = await Interactions().CreateAsync(new NewInteraction { Channel = ChannelKind.Voice, ServiceLineId = "autos", ExternalId = "intervene-2" });
        await using var scope = _host.App.Services.CreateAsyncScope();

        var outcome = await scope.ServiceProvider.GetRequiredService<SupervisorDesk>().StopMonitorAsync(Supervisor(), call.Id, CancellationToken.None);

        Assert.True(outcome.OutOfScope);
        var entry = Assert.Single(await AuditAsync($"interaction/{call.Id}", "supervision.stop"));
        Assert.Equal(AuditOutcomes.Denied, entry.Outcome);
    }

    private IPresenceService Presence() => _host.App.Services.GetRequiredService<IPresenceService>();

    private IKernelInteractionService Interactions() => _host.App.Services.GetRequiredService<IKernelInteractionService>();

    private async Task<List<AuditRecord>> AuditAsync(string target, string action) =>
        [.. (await _host.App.Services.GetRequiredService<IAuditLog>().ReadAsync(new AuditQuery { Target = target }).ToListAsync()).Where(e => e.Action == action)];

    private static ClaimsPrincipal Supervisor() => Tokens.Principal(Tokens.Supervisor)!;

    private async Task<HubConnection> ConnectAsync(string path, string token)
    {
        var pin = _host.CertificateSha256;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_host.BaseAddress, path), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.HttpMessageHandlerFactory = _ => new SocketsHttpHandler { SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, c, _, _) => Matches(c, pin) } };
                options.WebSocketConfiguration = socket => socket.RemoteCertificateValidationCallback = (_, c, _, _) => Matches(c, pin);
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private static bool Matches(X509Certificate? certificate, string pin) =>
        certificate is not null && new X509Certificate2(certificate).GetCertHashString(HashAlgorithmName.SHA256) == pin;

    /// <summary>A team-salud supervisor "Ana" (with and without presence.manage), an unscoped administrator and the agents agent3 and agent4.</summary>
    private sealed class Tokens : ITokenAuthenticator
    {
        public const string Supervisor = "sup-salud-token";
        public const string ReadOnlySupervisor = "sup-salud-readonly-token";
        public const string Agent3 = "agent3-token";
        public const string Agent4 = "agent4-token";
        public const string Administrator = "admin-token";

        public ValueTask<ClaimsPrincipal?> AuthenticateAsync(string token, CancellationToken cancellationToken) => ValueTask.FromResult(Principal(token));

        public static ClaimsPrincipal? Principal(string token) => token switch
        {
            Supervisor => Scoped("sup-salud", Permissions.MonitoringRead, Permissions.MonitoringIntervene, Permissions.PresenceManage, Permissions.PresenceRead),
            ReadOnlySupervisor => Scoped("sup-ro", Permissions.MonitoringRead),
            Agent3 => AgentOf("agent3"),
            Agent4 => AgentOf("agent4"),
            Administrator => new ClaimsPrincipal(new ClaimsIdentity(
                [new(ClaimTypes.NameIdentifier, "admin"), new(ClaimTypes.Name, "admin"), new(PermissionClaims.Type, Permissions.MonitoringRead), new(PermissionClaims.Type, Permissions.MonitoringIntervene)], "Test")),
            _ => null,
        };

        private static ClaimsPrincipal Scoped(string id, params string[] permissions)
        {
            List<Claim> claims = [new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Name, "Ana"), new(TeamScope.ScopedClaim, "true"), new(TeamScope.TeamClaim, "team-salud")];
            claims.AddRange(permissions.Select(p => new Claim(PermissionClaims.Type, p)));
            return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
        }

        private static ClaimsPrincipal AgentOf(string agentId) => new(new ClaimsIdentity(
            [new(ClaimTypes.NameIdentifier, agentId), new(ClaimTypes.Name, agentId), new(PermissionClaims.AgentId, agentId), new(PermissionClaims.Type, Permissions.AgentConnect)], "Test"));
    }
}
