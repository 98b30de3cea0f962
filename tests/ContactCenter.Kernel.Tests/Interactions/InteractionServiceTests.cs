using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Tests.Interactions;

public sealed class InteractionServiceTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private TestSilo Silo => fixture.Silo;

    [Fact]
    public async Task CreateAsync_SameExternalIdRedeliveredConcurrently_ReturnsOneInteraction()
    {
        var externalId = Scenario.Unique("call");
        var request = new NewInteraction { Channel = ChannelKind.Voice, ChannelName = "trunk-1", ExternalId = externalId };

        var created = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Silo.Interactions.CreateAsync("cc.voice", request).AsTask()));

        Assert.Single(created.Select(i => i.Id).Distinct());
        var stored = await Silo.Store.CountAsync(KernelCollections.Interactions.Name,
            [new DocumentFilter("externalKey", FilterOperator.Equal, $"cc.voice|trunk-1|{externalId}")], CancellationToken.None);
        Assert.Equal(1, stored);
    }

    [Fact]
    public async Task CreateAsync_SameExternalIdOnAnotherChannelOrPlugin_CreatesSeparateInteractions()
    {
        var externalId = Scenario.Unique("thread");
        var a = await Silo.Interactions.CreateAsync("cc.email", new NewInteraction { Channel = ChannelKind.Email, ChannelName = "a", ExternalId = externalId });
        var b = await Silo.Interactions.CreateAsync("cc.email", new NewInteraction { Channel = ChannelKind.Email, ChannelName = "b", ExternalId = externalId });
        var c = await Silo.Interactions.CreateAsync("cc.other", new NewInteraction { Channel = ChannelKind.Email, ChannelName = "a", ExternalId = externalId });

        Assert.Equal(3, new[] { a.Id, b.Id, c.Id }.Distinct().Count());
        Assert.Equal(("cc.email", "a", externalId), (a.ChannelPluginId, a.ChannelName, a.ExternalId));
    }

    [Fact]
    public async Task CreateAsync_InvalidRequest_ListsEveryProblemAndCreatesNothing()
    {
        var before = await Silo.Store.CountAsync(KernelCollections.Interactions.Name, [], CancellationToken.None);
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => Silo.Interactions.CreateAsync(new NewInteraction
        {
            Channel = (ChannelKind)42, ExternalId = new string('x', 300), ServiceLineId = "no-such-line",
        }).AsTask());

        Assert.Equal(["channel", "externalId", "serviceLineId"], error.Errors.Keys.Order());
        Assert.Equal(before, await Silo.Store.CountAsync(KernelCollections.Interactions.Name, [], CancellationToken.None));
    }

    [Fact]
    public async Task EnqueueAsync_UnknownQueueBadPriorityAndUnknownSkill_ListsEveryProblemAndChangesNothing()
    {
        var created = await Silo.Interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Chat });
        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => Silo.Interactions.EnqueueAsync(created.Id, new EnqueueRequest
        {
            QueueId = "missing", Priority = 0, AdditionalSkills = [new SkillRequirement("ghost", 11)],
        }).AsTask());

        Assert.Equal(["additionalSkills", "priority", "queueId"], error.Errors.Keys.Order());
        Assert.Equal(2, error.Errors["additionalSkills"].Length);
        Assert.Equal((InteractionState.Created, 1L), ((await Silo.Interactions.GetAsync(created.Id))!.State, (await Silo.Interactions.GetAsync(created.Id))!.Version));
        Assert.Empty(await Silo.LogAsync(created.Id));
    }

    [Fact]
    public async Task AcceptOfferAsync_ByAnAgentItWasNotOfferedTo_ThrowsTypedErrorAndChangesNothing()
    {
        var world = await LifecycleWorld.CreateAsync(Silo);
        var offered = await world.DriveToAsync(InteractionState.Offered);
        var stranger = await Silo.AgentAsync(Scenario.Unique("other"));

        var error = await Assert.ThrowsAsync<InvalidTransitionException>(() => Silo.Interactions.AcceptOfferAsync(offered.Id, stranger).AsTask());

        Assert.Contains($"offered to agent '{world.Agent}'", error.Message, StringComparison.Ordinal);
        Assert.Equal((InteractionState.Offered, InteractionState.Connected), (error.Current, error.Attempted));
        Assert.Equal(offered.Version, (await Silo.Interactions.GetAsync(offered.Id))!.Version);
        Assert.Equal(RoutingSubState.Idle, (await Silo.Presence.GetAsync(stranger)).SubState);
    }

    [Fact]
    public async Task CloseAsync_FromWrapUpWithoutDisposition_IsRefusedAndChangesNothing()
    {
        var world = await LifecycleWorld.CreateAsync(Silo);
        var wrapUp = await world.DriveToAsync(InteractionState.WrapUp);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => Silo.Interactions.CloseAsync(wrapUp.Id, null).AsTask());

        Assert.Contains("disposition", error.Errors.Keys);
        Assert.Equal(InteractionState.WrapUp, (await Silo.Interactions.GetAsync(wrapUp.Id))!.State);
        Assert.Equal(RoutingSubState.WrapUp, (await Silo.Presence.GetAsync(world.Agent)).SubState);
    }

    [Fact]
    public async Task FailAsync_WithoutReason_IsRefused() =>
        await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Silo.Interactions.FailAsync((await Silo.Interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Sms })).Id, " "));

    [Fact]
    public async Task Verbs_OnUnknownInteraction_ThrowNotFound_AndGetReturnsNull()
    {
        Assert.Null(await Silo.Interactions.GetAsync("nope"));
        var error = await Assert.ThrowsAsync<EntityNotFoundException>(() => Silo.Interactions.HoldAsync("nope").AsTask());
        Assert.Equal(("interaction", "nope"), (error.EntityType, error.Id));
    }

    [Fact]
    public async Task TransferAsync_ToAnAvailableAgent_OffersItDirectlyOnANewLeg()
    {
        var world = await LifecycleWorld.CreateAsync(Silo);
        var connected = await world.DriveToAsync(InteractionState.Connected);
        var colleague = await Silo.AgentAsync(Scenario.Unique("unrelated"));

        var transferred = await Silo.Interactions.TransferAsync(connected.Id, TransferTarget.ToAgent(colleague, "second opinion"));

        Assert.Equal((InteractionState.Offered, colleague, 2), (transferred.State, transferred.AgentId, transferred.Legs.Count));
        Assert.Equal("second opinion", transferred.Reason);
        Assert.Equal(RoutingSubState.Reserved, (await Silo.Presence.GetAsync(colleague)).SubState);
        Assert.Equal(RoutingSubState.Idle, (await Silo.Presence.GetAsync(world.Agent)).SubState);
    }

    [Fact]
    public async Task TransferAsync_ToABusyAgent_WaitsInTheQueueWithThatAgentPreferred()
    {
        var world = await LifecycleWorld.CreateAsync(Silo);
        var connected = await world.DriveToAsync(InteractionState.Connected);
        var busy = await Silo.AgentAsync(Scenario.Unique("unrelated"), available: false);

        var transferred = await Silo.Interactions.TransferAsync(connected.Id, TransferTarget.ToAgent(busy));

        Assert.Equal((InteractionState.Queued, busy), (transferred.State, transferred.PreferredAgentId));
    }

    [Fact]
    public async Task TransferAsync_WithBothOrNeitherTarget_IsRefusedAndChangesNothing()
    {
        var world = await LifecycleWorld.CreateAsync(Silo);
        var connected = await world.DriveToAsync(InteractionState.Connected);

        await Assert.ThrowsAsync<InvalidRequestException>(() => Silo.Interactions.TransferAsync(connected.Id, new TransferTarget()).AsTask());
        await Assert.ThrowsAsync<InvalidRequestException>(() =>
            Silo.Interactions.TransferAsync(connected.Id, new TransferTarget { QueueId = world.IdleQueue.Id, AgentId = world.Agent }).AsTask());
        await Assert.ThrowsAsync<InvalidRequestException>(() => Silo.Interactions.TransferAsync(connected.Id, TransferTarget.ToQueue("nowhere")).AsTask());

        Assert.Equal(connected.Version, (await Silo.Interactions.GetAsync(connected.Id))!.Version);
    }

    [Fact]
    public async Task ConnectAsync_OutboundByAnOfflineAgent_IsRefusedAndChangesNothing()
    {
        var offline = await Silo.AgentAsync(Scenario.Unique("out"), available: false);
        var created = await Silo.Interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Voice, Direction = Direction.Outbound });

        await Assert.ThrowsAsync<InvalidRequestException>(() => Silo.Interactions.ConnectAsync(created.Id, offline).AsTask());
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Silo.Interactions.ConnectAsync(created.Id, "ghost-agent").AsTask());

        Assert.Equal(InteractionState.Created, (await Silo.Interactions.GetAsync(created.Id))!.State);
        Assert.Empty((await Silo.Presence.GetAsync(offline)).Work);
    }
}
