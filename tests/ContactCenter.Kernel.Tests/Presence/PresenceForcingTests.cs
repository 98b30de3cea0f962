using ContactCenter.Kernel.Presence;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Presence;

public sealed class PresenceForcingTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private TestSilo Silo => fixture.Silo;

    private IPresenceForcing Forcing => Silo.Services.GetRequiredService<IPresenceForcing>();

    [Fact]
    public async Task ForceStatusAsync_IdleAgent_SetsTheStatusAndPublishesWhoDidIt()
    {
        var agent = await Silo.AgentAsync(Scenario.Unique("f"));

        var change = await Forcing.ForceStatusAsync(agent, "break", "coffee", "user-ana", "Ana Ruiz");

        Assert.Equal(("available", "break", "coffee", false), (change.Previous!.StatusId, change.Current.StatusId, change.Current.ReasonCode, change.Current.IsRoutable));
        Assert.Equal("break", (await Silo.Presence.GetAsync(agent)).StatusId);
        await TestSilo.Eventually(() => Task.FromResult(Silo.Published.Any(e => e.Type == PresenceForced.EventType && e.Subject == agent)), "the forced event");
        var forced = Silo.Published.Single(e => e.Type == PresenceForced.EventType && e.Subject == agent).GetData<PresenceForced>(KernelJson.Options)!;
        Assert.Equal((agent, "user-ana", "Ana Ruiz", "available", "break", "coffee"),
            (forced.AgentId, forced.SupervisorId, forced.SupervisorName, forced.FromStatusId, forced.ToStatusId, forced.ReasonCode));
    }

    [Fact]
    public async Task ForceStatusAsync_AgentOnAContact_KeepsTheContactAndStopsNewOffers()
    {
        var skill = Scenario.Unique("forced-chat");
        var queue = await Silo.QueueAsync(skill);
        var capacity = new ChannelCapacity { Limits = new Dictionary<ChannelKind, int> { [ChannelKind.Chat] = 3 } };
        var agent = await Silo.AgentAsync(skill, capacity: capacity);
        var chat = await Silo.QueuedAsync(queue, ChannelKind.Chat);
        await Silo.WaitForStateAsync(chat.Id, InteractionState.Offered);
        await Silo.Interactions.AcceptOfferAsync(chat.Id, agent);

        var change = await Forcing.ForceStatusAsync(agent, "offline", null, "user-ana", "Ana Ruiz");
        var next = await Silo.QueuedAsync(queue, ChannelKind.Chat);
        await Task.Delay(300);

        Assert.Equal(("offline", RoutingSubState.OnContact), (change.Current.StatusId, change.Current.SubState));
        Assert.Equal(InteractionState.Connected, (await Silo.Interactions.GetAsync(chat.Id))!.State);
        Assert.Equal(InteractionState.Queued, (await Silo.Interactions.GetAsync(next.Id))!.State);
        var presence = await Silo.Presence.GetAsync(agent);
        Assert.Equal([chat.Id], presence.Work.Select(w => w.InteractionId));
    }

    [Theory]
    [InlineData("gone-fishing", null, "statusId")]
    [InlineData("break", "nap", "reasonCode")]
    public async Task ForceStatusAsync_UnknownStatusOrReason_IsRefusedAndChangesNothing(string status, string? reason, string field)
    {
        var agent = await Silo.AgentAsync(Scenario.Unique("f"));
        var before = await Silo.Presence.GetAsync(agent);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => Forcing.ForceStatusAsync(agent, status, reason, "user-ana", "Ana").AsTask());

        Assert.Equal([field], error.Errors.Keys);
        var after = await Silo.Presence.GetAsync(agent);
        Assert.Equal((before.StatusId, before.Version), (after.StatusId, after.Version));
        Assert.DoesNotContain(Silo.Published, e => e.Type == PresenceForced.EventType && e.Subject == agent);
    }

    [Fact]
    public async Task ForceStatusAsync_UnknownAgent_ThrowsNotFound() =>
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Forcing.ForceStatusAsync("nobody-here", "offline", null, "user-ana", "Ana").AsTask());
}
