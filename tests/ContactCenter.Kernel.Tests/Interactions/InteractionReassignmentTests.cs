using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Interactions;

/// <summary>
/// A supervisor's reassignment. The queues require a skill no agent here has (so routing leaves their work alone) unless
/// a test gives it to an agent on purpose.
/// </summary>
public sealed class InteractionReassignmentTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private TestSilo Silo => fixture.Silo;

    private IInteractionReassignment Reassignment => Silo.Services.GetRequiredService<IInteractionReassignment>();

    [Fact]
    public async Task ReassignAsync_QueuedToAnAvailableAgent_IsOfferedToThatAgent()
    {
        var queue = await Silo.QueueAsync(Scenario.Unique("nobody"));
        var agent = await Silo.AgentAsync(Scenario.Unique("other"));
        var chat = await Silo.QueuedAsync(queue, ChannelKind.Chat);

        var offered = await Reassignment.ReassignAsync(chat.Id, TransferTarget.ToAgent(agent));

        Assert.Equal((InteractionState.Offered, agent), (offered.State, offered.AgentId));
        Assert.NotNull(offered.OfferExpiresAt);
        var presence = await Silo.Presence.GetAsync(agent);
        Assert.Equal((chat.Id, AgentWorkPhase.Offered), (presence.Work.Single().InteractionId, presence.Work.Single().Phase));
    }

    [Fact]
    public async Task ReassignAsync_OfferedToAnotherAgent_WithdrawsTheFirstOfferAndOffersItToTheSecond()
    {
        var skill = Scenario.Unique("re");
        var queue = await Silo.QueueAsync(skill);
        var first = await Silo.AgentAsync(skill);
        var chat = await Silo.QueuedAsync(queue, ChannelKind.Chat);
        await Silo.WaitForStateAsync(chat.Id, InteractionState.Offered);
        var second = await Silo.AgentAsync(Scenario.Unique("other"));

        var offered = await Reassignment.ReassignAsync(chat.Id, TransferTarget.ToAgent(second));

        Assert.Equal((InteractionState.Offered, second), (offered.State, offered.AgentId));
        Assert.Empty((await Silo.Presence.GetAsync(first)).Work);
        Assert.Equal([chat.Id], (await Silo.Presence.GetAsync(second)).Work.Select(w => w.InteractionId));
    }

    [Fact]
    public async Task ReassignAsync_OfferedBackToAnotherQueue_WaitsThereAndReleasesTheAgent()
    {
        var skill = Scenario.Unique("re");
        var queue = await Silo.QueueAsync(skill);
        var agent = await Silo.AgentAsync(skill);
        var chat = await Silo.QueuedAsync(queue, ChannelKind.Chat);
        await Silo.WaitForStateAsync(chat.Id, InteractionState.Offered);
        var other = await Silo.QueueAsync(Scenario.Unique("nobody"));

        var queued = await Reassignment.ReassignAsync(chat.Id, TransferTarget.ToQueue(other.Id));

        Assert.Equal((InteractionState.Queued, other.Id, (string?)null), (queued.State, queued.QueueId, queued.AgentId));
        Assert.Empty((await Silo.Presence.GetAsync(agent)).Work);
    }

    [Fact]
    public async Task ReassignAsync_ConnectedInteraction_IsRefusedAndChangesNothing()
    {
        var skill = Scenario.Unique("re");
        var queue = await Silo.QueueAsync(skill);
        var agent = await Silo.AgentAsync(skill);
        var other = await Silo.AgentAsync(Scenario.Unique("other"));
        var chat = await Silo.QueuedAsync(queue, ChannelKind.Chat);
        await Silo.WaitForStateAsync(chat.Id, InteractionState.Offered);
        var connected = await Silo.Interactions.AcceptOfferAsync(chat.Id, agent);

        await Assert.ThrowsAsync<InvalidTransitionException>(() => Reassignment.ReassignAsync(chat.Id, TransferTarget.ToAgent(other)).AsTask());

        Assert.Equal(connected.Version, (await Silo.Interactions.GetAsync(chat.Id))!.Version);
        Assert.Empty((await Silo.Presence.GetAsync(other)).Work);
    }

    [Fact]
    public async Task ReassignAsync_AgentWhoCannotTakeItOrUnknown_IsRefusedAndChangesNothing()
    {
        var queue = await Silo.QueueAsync(Scenario.Unique("nobody"));
        var offline = await Silo.AgentAsync(Scenario.Unique("other"), available: false);
        var chat = await Silo.QueuedAsync(queue, ChannelKind.Chat);

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => Reassignment.ReassignAsync(chat.Id, TransferTarget.ToAgent(offline)).AsTask());
        await Assert.ThrowsAsync<InvalidRequestException>(() => Reassignment.ReassignAsync(chat.Id, TransferTarget.ToAgent("ghost-agent")).AsTask());
        await Assert.ThrowsAsync<InvalidTransitionException>(() => Reassignment.ReassignAsync(chat.Id, TransferTarget.ToQueue(queue.Id)).AsTask());

        Assert.Equal(["target.agentId"], refused.Errors.Keys);
        var after = (await Silo.Interactions.GetAsync(chat.Id))!;
        Assert.Equal((InteractionState.Queued, chat.Version), (after.State, after.Version));
        Assert.Empty((await Silo.Presence.GetAsync(offline)).Work);
    }

    [Fact]
    public async Task ReassignAsync_ClosedInteraction_IsRefused()
    {
        var queue = await Silo.QueueAsync(Scenario.Unique("nobody"));
        var agent = await Silo.AgentAsync(Scenario.Unique("other"));
        var chat = await Silo.QueuedAsync(queue, ChannelKind.Chat);
        await Silo.Interactions.AbandonAsync(chat.Id);

        await Assert.ThrowsAsync<InvalidTransitionException>(() => Reassignment.ReassignAsync(chat.Id, TransferTarget.ToAgent(agent)).AsTask());
    }
}
