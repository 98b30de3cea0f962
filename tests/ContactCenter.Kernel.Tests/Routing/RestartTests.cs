using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Kernel.Tests.Routing;

/// <summary>Stop the silo and start a new one on the same store: waiting work, offers and presence survive.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Restart_QueuedWorkAndPresence_AreKeptAndTheWorkIsOffered()
    {
        var time = new FakeTimeProvider(TestSilo.Start);
        var store = new InMemoryDocumentStore(time);
        string agent, onBreak, queuedId;
        await using (var before = await TestSilo.StartAsync(store, time))
        {
            var queue = await before.QueueAsync("claims");
            agent = await before.AgentAsync("claims", available: false);
            onBreak = await before.AgentAsync("claims");
            await before.Presence.SetStatusAsync(onBreak, "break", "coffee");
            queuedId = (await before.QueuedAsync(queue)).Id;
        }

        await using var after = await TestSilo.StartAsync(store, time);

        Assert.Equal(InteractionState.Queued, (await after.Interactions.GetAsync(queuedId))!.State);
        var kept = await after.Presence.GetAsync(onBreak);
        Assert.Equal(("break", "coffee", false), (kept.StatusId, kept.ReasonCode, kept.IsRoutable));
        await after.Presence.SetStatusAsync(agent, PresenceStatusDefinition.AvailableId);
        Assert.Equal(agent, (await after.WaitForStateAsync(queuedId, InteractionState.Offered)).AgentId);
    }

    [Fact]
    public async Task Restart_OfferWhoseDeadlinePassedWhileDown_IsRequeuedAndTheAgentNotResponding()
    {
        var time = new FakeTimeProvider(TestSilo.Start);
        var store = new InMemoryDocumentStore(time);
        string agent, offeredId, connectedId;
        await using (var before = await TestSilo.StartAsync(store, time))
        {
            var voice = await before.QueueAsync("claims", offerTimeout: TimeSpan.FromSeconds(15));
            var chat = await before.QueueAsync("chat");
            agent = (await before.Directory.Agents.SaveAsync(new Agent
            {
                Id = "ana", DisplayName = "Ana", Skills = [new AgentSkill("claims", 5), new AgentSkill("chat", 5)],
            })).Id;
            await before.Presence.SetStatusAsync(agent, PresenceStatusDefinition.AvailableId);
            connectedId = (await before.QueuedAsync(chat, ChannelKind.Chat)).Id;
            await before.WaitForStateAsync(connectedId, InteractionState.Offered);
            await before.Interactions.AcceptOfferAsync(connectedId, agent);
            offeredId = (await before.QueuedAsync(voice, ChannelKind.Voice)).Id;
            await before.WaitForStateAsync(offeredId, InteractionState.Offered);
        }

        time.Advance(TimeSpan.FromSeconds(30));
        await using var after = await TestSilo.StartAsync(store, time);

        var requeued = await after.WaitForStateAsync(offeredId, InteractionState.Queued);
        Assert.Equal("offer-timeout", (await after.LogAsync(offeredId))[^1].Reason);
        Assert.Null(requeued.AgentId);
        var presence = await after.WaitForAgentAsync(agent, p => p.Work.Count == 1, "the agent to keep only its chat");
        Assert.Equal((connectedId, AgentWorkPhase.Connected), (presence.Work[0].InteractionId, presence.Work[0].Phase));
        await after.Interactions.EndContactAsync(connectedId);
        await after.Interactions.CloseAsync(connectedId, new DispositionRef("chat/done"));
        await after.Presence.SetStatusAsync(agent, PresenceStatusDefinition.AvailableId);
        Assert.Equal(agent, (await after.WaitForStateAsync(offeredId, InteractionState.Offered)).AgentId);
    }

    [Fact]
    public async Task Restart_PendingOffer_KeepsItsDeadlineOnTheKernelClock()
    {
        var time = new FakeTimeProvider(TestSilo.Start);
        var store = new InMemoryDocumentStore(time);
        string agent, offeredId;
        await using (var before = await TestSilo.StartAsync(store, time))
        {
            var queue = await before.QueueAsync("claims", offerTimeout: TimeSpan.FromSeconds(20));
            agent = await before.AgentAsync("claims");
            offeredId = (await before.QueuedAsync(queue)).Id;
            await before.WaitForStateAsync(offeredId, InteractionState.Offered);
        }

        await using var after = await TestSilo.StartAsync(store, time);
        Assert.Equal(RoutingSubState.Reserved, (await after.Presence.GetAsync(agent)).SubState);
        Assert.Equal(InteractionState.Offered, (await after.Interactions.GetAsync(offeredId))!.State);

        time.Advance(TimeSpan.FromSeconds(20));

        await after.WaitForStateAsync(offeredId, InteractionState.Queued);
        await after.WaitForAgentAsync(agent, p => p.SubState == RoutingSubState.NotResponding, "the agent to be NotResponding");
    }

    [Fact]
    public async Task Restart_OnTheLiteDbFile_KeepsQueuedWorkAndPresence()
    {
        var directory = Directory.CreateTempSubdirectory("cc-restart-");
        try
        {
            var time = new FakeTimeProvider(TestSilo.Start);
            string agent, onBreak, queuedId;
            await using (var before = await TestSilo.StartOnLiteDbAsync(directory.FullName, time))
            {
                var queue = await before.QueueAsync("claims");
                agent = await before.AgentAsync("claims", available: false);
                onBreak = await before.AgentAsync("claims");
                await before.Presence.SetStatusAsync(onBreak, "lunch");
                queuedId = (await before.QueuedAsync(queue)).Id;
            }

            await using var after = await TestSilo.StartOnLiteDbAsync(directory.FullName, time);

            Assert.Equal(InteractionState.Queued, (await after.Interactions.GetAsync(queuedId))!.State);
            Assert.Equal("lunch", (await after.Presence.GetAsync(onBreak)).StatusId);
            await after.Presence.SetStatusAsync(agent, PresenceStatusDefinition.AvailableId);
            Assert.Equal(agent, (await after.WaitForStateAsync(queuedId, InteractionState.Offered)).AgentId);
            Assert.Equal([(InteractionState.Created, InteractionState.Queued), (InteractionState.Queued, InteractionState.Offered)],
                (await after.LogAsync(queuedId)).Select(e => (e.From, e.To)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
