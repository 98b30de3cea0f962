using System.Net;
using System.Security.Claims;
using ContactCenter.Host.Demo.Directory;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Host.Security.Authentication;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Shell.Supervision;

/// <summary>
/// The supervisor's drill-down pages on the real demo host over HTTPS: they need a session and monitoring.read like the
/// wallboard, and what they read (<see cref="DrillDown"/>) holds only the supervisor's teams: another team's agent or
/// queue reads exactly like an unknown one. team-salud holds agent3 and agent4 and the queue salud-general.
/// </summary>
public sealed class DrillDownPageTests : IAsyncLifetime
{
    private const string SupervisorToken = "drill-sup-salud";
    private const string AgentToken = "drill-agent3";
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync(
        builder => builder.Services.AddSingleton<ITokenAuthenticator, Tokens>(), "--demo", "--CC:Demo:Password=Drill-Test-Password-9");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/supervisor/agents/agent3")]
    [InlineData("/supervisor/queues/salud-general")]
    public async Task Get_WithoutSession_GoesToSignInAndBack(string path)
    {
        using var client = _host.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("/identity/sign-in", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal($"?returnUrl={Uri.EscapeDataString(path)}", response.RequestMessage.RequestUri.Query);
    }

    [Theory]
    [InlineData("/supervisor/agents/agent3")]
    [InlineData("/supervisor/queues/salud-general")]
    public async Task Get_AgentWithoutMonitoringRead_IsForbiddenLikeTheWallboard(string path)
    {
        using var client = _host.CreateClient(AgentToken);

        using var wallboard = await client.GetAsync(new Uri("/supervisor", UriKind.Relative));
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, wallboard.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/supervisor/agents/agent3")]
    [InlineData("/supervisor/agents/agent1")]
    [InlineData("/supervisor/queues/salud-general")]
    public async Task Get_Supervisor_GetsTheShellDocumentWithoutAnyDataInIt(string path)
    {
        using var client = _host.CreateClient(SupervisorToken);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        // The page is drawn over the circuit (not prerendered), so the document names no agent whatever the id.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("_framework/blazor.web.js", html, StringComparison.Ordinal);
        Assert.All(DemoDirectoryData.Agents, a => Assert.DoesNotContain(a.DisplayName, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AgentAsync_OwnTeamOtherTeamAndUnknown_OnlyTheOwnAgentIsRead()
    {
        await using var scope = _host.App.Services.CreateAsyncScope();
        var drills = scope.ServiceProvider.GetRequiredService<DrillDown>();
        await Presence().SetStatusAsync("agent3", "available");

        var own = await drills.AgentAsync(Supervisor(), "agent3", CancellationToken.None);
        var other = await drills.AgentAsync(Supervisor(), "agent1", CancellationToken.None);
        var unknown = await drills.AgentAsync(Supervisor(), "no-such-agent", CancellationToken.None);

        Assert.NotNull(own);
        Assert.Equal(("agent3", "available"), (own.Row.AgentId, own.Row.Presence?.StatusId));
        Assert.Equal("agent3", own.Today.AgentId);
        Assert.Contains(own.Today.History, h => h.StatusId == "available");
        Assert.DoesNotContain(own.View.Agents, a => a.AgentId is "agent1" or "agent2");
        Assert.Null(other);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task QueueAsync_OwnQueueWithAWaitingChat_ListsItAndOnlyTheTeamsAgentsWhileTheOtherQueueReadsAsUnknown()
    {
        var chat = await Interactions().CreateAsync(new NewInteraction { Channel = ChannelKind.Chat, ServiceLineId = "salud", ExternalId = "drill-test-1" });
        await Interactions().EnqueueAsync(chat.Id, new EnqueueRequest { QueueId = DemoDirectoryData.SaludQueue });
        await using var scope = _host.App.Services.CreateAsyncScope();
        var drills = scope.ServiceProvider.GetRequiredService<DrillDown>();

        // The metrics engine hears the transition on the event bus; read until it has.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        QueueDrill? own;
        do
        {
            own = await drills.QueueAsync(Supervisor(), DemoDirectoryData.SaludQueue, patience.Token);
            Assert.NotNull(own);
            if (own.Waiting.Any(w => w.InteractionId == chat.Id))
            {
                break;
            }

            await Task.Delay(100, patience.Token);
        }
        while (true);

        var other = await drills.QueueAsync(Supervisor(), DemoDirectoryData.AutosQueue, CancellationToken.None);
        var unknown = await drills.QueueAsync(Supervisor(), "no-such-queue", CancellationToken.None);

        Assert.Equal(ChannelKind.Chat, Assert.Single(own.Waiting, w => w.InteractionId == chat.Id).Channel);
        Assert.NotEmpty(own.Agents);
        Assert.All(own.Agents, a => Assert.Contains(a.AgentId, new[] { "agent3", "agent4" }));
        Assert.Equal(DemoDirectoryData.SaludQueue, own.Queue.Id);
        Assert.Null(other);
        Assert.Null(unknown);
    }

    private IPresenceService Presence() => _host.App.Services.GetRequiredService<IPresenceService>();

    private IKernelInteractionService Interactions() => _host.App.Services.GetRequiredService<IKernelInteractionService>();

    private static ClaimsPrincipal Supervisor() => Tokens.Principal(SupervisorToken)!;

    /// <summary>A team-salud supervisor (who also works as an agent, like the demo's) and agent3, who may not monitor.</summary>
    private sealed class Tokens : ITokenAuthenticator
    {
        public ValueTask<ClaimsPrincipal?> AuthenticateAsync(string token, CancellationToken cancellationToken) => ValueTask.FromResult(Principal(token));

        public static ClaimsPrincipal? Principal(string token) => token switch
        {
            SupervisorToken => new ClaimsPrincipal(new ClaimsIdentity(
            [
                new(ClaimTypes.NameIdentifier, "sup-drill"), new(ClaimTypes.Name, "Ana"), new(TeamScope.ScopedClaim, "true"), new(TeamScope.TeamClaim, "team-salud"),
                new(PermissionClaims.Type, Permissions.AgentConnect), new(PermissionClaims.Type, Permissions.MonitoringRead),
            ], "Test")),
            AgentToken => new ClaimsPrincipal(new ClaimsIdentity(
            [
                new(ClaimTypes.NameIdentifier, "agent3"), new(ClaimTypes.Name, "agent3"), new(PermissionClaims.AgentId, "agent3"), new(PermissionClaims.Type, Permissions.AgentConnect),
            ], "Test")),
            _ => null,
        };
    }
}
