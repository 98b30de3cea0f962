using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using ContactCenter.Host.Shell.Services;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Shell.Supervision;

/// <summary>
/// Reassigning from the wallboard's API (REST and hub) on the real demo host, and the agent's supervision notices kept
/// on the server. The test queues need salud 10, which no demo agent has, so routing leaves their work alone.
/// </summary>
public sealed partial class SupervisorInterventionTests
{
    private const string Nobody = "salud-nobody";
    private const string Elsewhere = "salud-elsewhere";

    [Fact]
    public async Task Reassign_QueuedChatToAnAgentOfTheTeam_OffersItToThemAndAuditsFromAndTo()
    {
        var chat = await QueuedChatAsync("reassign-1");
        await Presence().SetStatusAsync("agent3", "available");
        using var client = _host.CreateClient(Tokens.Supervisor);

        using var response = await client.PostAsJsonAsync($"/api/v1/interactions/{chat.Id}/reassign", new { agentId = "agent3" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Offered", "agent3"), (body.GetProperty("state").GetString(), body.GetProperty("agentId").GetString()));
        var work = Assert.Single((await Presence().GetAsync("agent3")).Work);
        Assert.Equal((chat.Id, AgentWorkPhase.Offered), (work.InteractionId, work.Phase));
        var entry = Assert.Single(await AuditAsync($"interaction/{chat.Id}", InteractionReassigning.Action));
        Assert.Equal(("sup-salud", AuditOutcomes.Success, $"from queue {Nobody} to agent agent3"), (entry.Actor, entry.Outcome, entry.Detail));
    }

    [Fact]
    public async Task ReassignInteraction_FromTheHubThenBackToAQueueOverRest_TheAgentIsReleased()
    {
        var chat = await QueuedChatAsync("reassign-2");
        await Presence().SetStatusAsync("agent4", "available");
        await using var supervisor = await ConnectAsync("/hubs/supervisor", Tokens.Supervisor);

        var offered = await supervisor.InvokeAsync<Interaction>("ReassignInteraction", chat.Id, "agent4", null);
        using var client = _host.CreateClient(Tokens.Supervisor);
        using var response = await client.PostAsJsonAsync($"/api/v1/interactions/{chat.Id}/reassign", new { queueId = Elsewhere });

        Assert.Equal((InteractionState.Offered, "agent4"), (offered.State, offered.AgentId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = (await Interactions().GetAsync(chat.Id))!;
        Assert.Equal((InteractionState.Queued, Elsewhere, (string?)null), (after.State, after.QueueId, after.AgentId));
        Assert.Empty((await Presence().GetAsync("agent4")).Work);
        Assert.Equal([$"from queue {Nobody} to agent agent4", "from agent agent4 to queue " + Elsewhere],
            (await AuditAsync($"interaction/{chat.Id}", InteractionReassigning.Action)).Select(e => e.Detail));
    }

    [Fact]
    public async Task Reassign_ConnectedOrClosedInteraction_Answers409AndChangesNothing()
    {
        await Presence().SetStatusAsync("agent3", "available");
        await Presence().SetStatusAsync("agent4", "available");
        var connected = await Interactions().CreateAsync(new NewInteraction { Channel = ChannelKind.Voice, Direction = Direction.Outbound, ServiceLineId = "salud", ExternalId = "reassign-3" });
        connected = await Interactions().ConnectAsync(connected.Id, "agent3");
        var closed = await QueuedChatAsync("reassign-4");
        closed = await Interactions().AbandonAsync(closed.Id);
        using var client = _host.CreateClient(Tokens.Supervisor);

        foreach (var interaction in new[] { connected, closed })
        {
            using var response = await client.PostAsJsonAsync($"/api/v1/interactions/{interaction.Id}/reassign", new { agentId = "agent4" });

            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "interaction.not-reassignable");
            Assert.Equal(interaction.Version, (await Interactions().GetAsync(interaction.Id))!.Version);
            Assert.Equal(AuditOutcomes.Failure, Assert.Single(await AuditAsync($"interaction/{interaction.Id}", InteractionReassigning.Action)).Outcome);
        }

        Assert.Empty((await Presence().GetAsync("agent4")).Work);
    }

    [Fact]
    public async Task Reassign_InteractionOrTargetOutsideTheTeams_Answers403AuditedAsDeniedAndChangesNothing()
    {
        await Presence().SetStatusAsync("agent3", "available");
        var autos = await Interactions().CreateAsync(new NewInteraction { Channel = ChannelKind.Chat, ServiceLineId = "autos", ExternalId = "reassign-5" });
        autos = await Interactions().EnqueueAsync(autos.Id, new EnqueueRequest { QueueId = "autos-general" });
        var salud = await QueuedChatAsync("reassign-6");
        using var client = _host.CreateClient(Tokens.Supervisor);

        (string Id, object Body)[] attempts =
        [
            (autos.Id, new { agentId = "agent3" }), // another team's contact
            (salud.Id, new { agentId = "agent1" }), // another team's agent
            (salud.Id, new { agentId = "ghost" }), // unknown agent: looks the same to a scoped supervisor
            ("no-such-interaction", new { agentId = "agent3" }),
        ];
        foreach (var (id, body) in attempts)
        {
            using var response = await client.PostAsJsonAsync($"/api/v1/interactions/{id}/reassign", body);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "scope.forbidden");
        }

        await using var supervisor = await ConnectAsync("/hubs/supervisor", Tokens.Supervisor);
        var error = await Assert.ThrowsAsync<HubException>(() => supervisor.InvokeAsync<Interaction>("ReassignInteraction", autos.Id, "agent3", null));
        Assert.Contains("scope.forbidden", error.Message, StringComparison.Ordinal);
        Assert.Equal((autos.Version, salud.Version), ((await Interactions().GetAsync(autos.Id))!.Version, (await Interactions().GetAsync(salud.Id))!.Version));
        Assert.Empty((await Presence().GetAsync("agent1")).Work);
        Assert.Empty((await Presence().GetAsync("agent3")).Work);
        Assert.All(await AuditAsync($"interaction/{salud.Id}", InteractionReassigning.Action), e => Assert.Equal(AuditOutcomes.Denied, e.Outcome));
        Assert.Equal(2, (await AuditAsync($"interaction/{autos.Id}", InteractionReassigning.Action)).Count);
    }

    [Fact]
    public async Task Reassign_AgentNotAvailableOrUnknownTargets_AreRefusedAndChangeNothing()
    {
        var chat = await QueuedChatAsync("reassign-7");
        await Presence().SetStatusAsync("agent4", "offline");
        using var supervisor = _host.CreateClient(Tokens.Supervisor);
        using var administrator = _host.CreateClient(Tokens.Administrator);

        using var offline = await supervisor.PostAsJsonAsync($"/api/v1/interactions/{chat.Id}/reassign", new { agentId = "agent4" });
        using var ghost = await administrator.PostAsJsonAsync($"/api/v1/interactions/{chat.Id}/reassign", new { agentId = "ghost" });
        using var noQueue = await administrator.PostAsJsonAsync($"/api/v1/interactions/{chat.Id}/reassign", new { queueId = "no-such-queue" });
        using var noInteraction = await administrator.PostAsJsonAsync("/api/v1/interactions/no-such-interaction/reassign", new { agentId = "agent4" });
        using var alreadyQueued = await supervisor.PostAsJsonAsync($"/api/v1/interactions/{chat.Id}/reassign", new { queueId = Elsewhere });

        var problem = await ProblemAssert.IsProblemAsync(offline, HttpStatusCode.Conflict, "agent.unavailable");
        Assert.Contains("agent4", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(ghost, HttpStatusCode.NotFound, "not-found");
        await ProblemAssert.IsProblemAsync(noQueue, HttpStatusCode.NotFound, "not-found");
        await ProblemAssert.IsProblemAsync(noInteraction, HttpStatusCode.NotFound, "not-found");
        await ProblemAssert.IsProblemAsync(alreadyQueued, HttpStatusCode.Conflict, "interaction.not-reassignable");
        var after = (await Interactions().GetAsync(chat.Id))!;
        Assert.Equal((InteractionState.Queued, Nobody, chat.Version), (after.State, after.QueueId, after.Version));
        Assert.Empty((await Presence().GetAsync("agent4")).Work);
        Assert.Equal(4, (await AuditAsync($"interaction/{chat.Id}", InteractionReassigning.Action)).Count(e => e.Outcome == AuditOutcomes.Failure));
    }

    [Fact]
    public async Task Reassign_BadBodyOrWithoutIntervene_IsRefusedAndChangesNothing()
    {
        var chat = await QueuedChatAsync("reassign-8");
        await Presence().SetStatusAsync("agent3", "available");
        using var client = _host.CreateClient(Tokens.Supervisor);
        using var readOnly = _host.CreateClient(Tokens.ReadOnlySupervisor);

        using var empty = await client.PostAsJsonAsync($"/api/v1/interactions/{chat.Id}/reassign", new { });
        using var both = await client.PostAsJsonAsync($"/api/v1/interactions/{chat.Id}/reassign", new { agentId = "agent3", queueId = Elsewhere });
        using var blank = await client.PostAsJsonAsync($"/api/v1/interactions/{chat.Id}/reassign", new { agentId = " " });
        using var forbidden = await readOnly.PostAsJsonAsync($"/api/v1/interactions/{chat.Id}/reassign", new { agentId = "agent3" });

        foreach (var response in new[] { empty, both, blank })
        {
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
            Assert.Contains("exactly one of agentId or queueId", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(chat.Version, (await Interactions().GetAsync(chat.Id))!.Version);
        Assert.Empty((await Presence().GetAsync("agent3")).Work);
        Assert.Equal(3, (await AuditAsync($"interaction/{chat.Id}", InteractionReassigning.Action)).Count(e => e.Outcome == AuditOutcomes.Failure));
    }

    [Fact]
    public async Task ReadingAChat_TheAgentIsToldAndAReloadedShellShowsItUntilTheSupervisorCloses()
    {
        await Presence().SetStatusAsync("agent3", "available");
        var chat = await Interactions().CreateAsync(new NewInteraction { Channel = ChannelKind.Chat, Direction = Direction.Outbound, ServiceLineId = "salud", ExternalId = "reassign-9" });
        await Interactions().ConnectAsync(chat.Id, "agent3");
        await using var agent = await ConnectAsync("/hubs/agent", Tokens.Agent3);
        await agent.InvokeAsync<AgentPresence>("GetPresence");
        var changes = Channel.CreateUnbounded<SupervisionChanged>();
        agent.On<SupervisionChanged>("Supervision", c => changes.Writer.TryWrite(c));

        await using (var scope = _host.App.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<SupervisorDesk>().StartReadingAsync(Supervisor(), chat.Id, CancellationToken.None);
            Assert.True(outcome.Done);
        }

        var started = await changes.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Equal((chat.Id, "Ana", SupervisionKind.Reading), (started.InteractionId, started.SupervisorName, started.Kind!.Value));
        var reloaded = Assert.Single(await EventuallyAsync(() => ReloadedSupervisionsAsync("agent3"), s => s.Count > 0));
        Assert.Equal((chat.Id, "sup-salud", (SupervisionKind?)SupervisionKind.Reading), (reloaded.InteractionId, reloaded.SupervisorId, reloaded.Kind));
        Assert.Equal(AuditOutcomes.Success, Assert.Single(await AuditAsync($"interaction/{chat.Id}", "supervision.read")).Outcome);

        await using (var scope = _host.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SupervisorDesk>().StopReadingAsync(Supervisor(), chat.Id, CancellationToken.None);
        }

        var stopped = await changes.Reader.ReadAsync().AsTask().WaitAsync(Patience);
        Assert.Null(stopped.Kind);
        Assert.Empty(await EventuallyAsync(() => ReloadedSupervisionsAsync("agent3"), s => s.Count == 0));
    }

    [Fact]
    public async Task ReadingAChat_OfAnotherTeam_IsRefusedAndTellsNobody()
    {
        var autos = await Interactions().CreateAsync(new NewInteraction { Channel = ChannelKind.Chat, Direction = Direction.Outbound, ServiceLineId = "autos", ExternalId = "reassign-10" });
        await Presence().SetStatusAsync("agent1", "available");
        await Interactions().ConnectAsync(autos.Id, "agent1");
        await using var scope = _host.App.Services.CreateAsyncScope();

        var outcome = await scope.ServiceProvider.GetRequiredService<SupervisorDesk>().StartReadingAsync(Supervisor(), autos.Id, CancellationToken.None);

        Assert.True(outcome.OutOfScope);
        Assert.Empty(await ReloadedSupervisionsAsync("agent1"));
        Assert.Equal(AuditOutcomes.Denied, Assert.Single(await AuditAsync($"interaction/{autos.Id}", "supervision.read")).Outcome);
    }

    [Fact]
    public async Task ForcedStatus_AReloadedShellStillSaysWhoSetItWhileTheStatusHolds()
    {
        await Presence().SetStatusAsync("agent3", "available");
        using var client = _host.CreateClient(Tokens.Supervisor);
        using var response = await client.PostAsJsonAsync("/api/v1/agents/agent3/presence/force", new { statusId = "lunch" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var forced = await EventuallyAsync(async () => (await ReloadedSessionAsync("agent3")).RecentForcedStatus, f => f is not null);
        Assert.Equal(("Ana", "lunch"), (forced!.SupervisorName, forced.ToStatusId));

        await Presence().SetStatusAsync("agent3", "available");
        Assert.Null((await ReloadedSessionAsync("agent3")).RecentForcedStatus);
    }

    private IDirectory Directory() => _host.App.Services.GetRequiredService<IDirectory>();

    /// <summary>A chat of the salud line waiting in a queue no demo agent qualifies for.</summary>
    private async Task<Interaction> QueuedChatAsync(string externalId)
    {
        foreach (var id in new[] { Nobody, Elsewhere })
        {
            await Directory().Queues.SaveAsync(new Queue { Id = id, Name = new(id, id), ServiceLineId = "salud", RequiredSkills = [new SkillRequirement("salud", 10)] });
        }

        var chat = await Interactions().CreateAsync(new NewInteraction { Channel = ChannelKind.Chat, ServiceLineId = "salud", ExternalId = externalId });
        return await Interactions().EnqueueAsync(chat.Id, new EnqueueRequest { QueueId = Nobody });
    }

    /// <summary>What a new circuit of the agent's shell (a reload) starts with.</summary>
    private async Task<AgentSession> ReloadedSessionAsync(string agentId)
    {
        await using var scope = _host.App.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<AgentSession>();
        await session.StartAsync(agentId, CancellationToken.None);
        return session;
    }

    private async Task<IReadOnlyList<SupervisionChanged>> ReloadedSupervisionsAsync(string agentId) => (await ReloadedSessionAsync(agentId)).Supervisions;

    /// <summary>Reads until <paramref name="done"/> holds (the ledger hears the bus beside the hub relay, not before it), within <c>Patience</c>.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            await Task.Delay(50, patience.Token);
        }
    }
}
