using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using static ContactCenter.Sdk.Domain.InteractionState;

namespace ContactCenter.Kernel.Tests.Interactions;

/// <summary>
/// Every caller verb from every state an interaction can rest in, through the real grains: legal ones move it and
/// append exactly one event per transition (two for a transfer); illegal ones throw the typed error and change nothing.
/// </summary>
public sealed class InteractionLifecycleTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private static readonly InteractionState[] RestingStates = [Created, SelfService, Queued, Offered, Connected, Held, WrapUp, Closed, Abandoned, Failed];

    private static readonly InteractionVerb[] CallerVerbs =
    [
        InteractionVerb.StartSelfService, InteractionVerb.Enqueue, InteractionVerb.Accept, InteractionVerb.Reject, InteractionVerb.Connect,
        InteractionVerb.Hold, InteractionVerb.Resume, InteractionVerb.Transfer, InteractionVerb.EndContact, InteractionVerb.Close,
        InteractionVerb.Abandon, InteractionVerb.Fail,
    ];

    private TestSilo Silo => fixture.Silo;

    public static TheoryData<InteractionState, string> Cases()
    {
        var data = new TheoryData<InteractionState, string>();
        foreach (var from in RestingStates)
        {
            foreach (var verb in CallerVerbs)
            {
                data.Add(from, verb.ToString());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Verb_FromEveryRestingState_MovesOnlyWhenTheTableAllows(InteractionState from, string verbName)
    {
        var verb = Enum.Parse<InteractionVerb>(verbName);
        var world = await LifecycleWorld.CreateAsync(Silo);
        var before = await world.DriveToAsync(from);
        var logBefore = await Silo.LogAsync(before.Id);
        var target = InteractionVerbs.TargetOf(verb);
        var legal = InteractionStateMachine.IsAllowed(from, target) && InteractionVerbs.Covers(verb, from);

        var error = await Record.ExceptionAsync(() => world.ApplyAsync(verb, before));
        var after = (await Silo.Interactions.GetAsync(before.Id))!;
        var log = await Silo.LogAsync(before.Id);

        if (!legal)
        {
            var refused = Assert.IsType<InvalidTransitionException>(error);
            Assert.Equal((from, target), (refused.Current, refused.Attempted));
            Assert.Equal((before.State, before.Version), (after.State, after.Version));
            Assert.Equal(logBefore.Count, log.Count);
            return;
        }

        Assert.Null(error);
        var expected = verb == InteractionVerb.Transfer ? new[] { (from, Transferred), (Transferred, Queued) } : [(from, target)];
        // Routing may move it on meanwhile (a rejected offer is offered again at once), so the verb's own
        // transitions are the next ones logged, and anything after them is routing's.
        var moved = log.Skip(logBefore.Count).Take(expected.Length).ToList();
        Assert.Equal(expected, moved.Select(e => (e.From, e.To)));
        Assert.Equal(Enumerable.Range(1, expected.Length).Select(n => before.Version + n), moved.Select(e => e.Version));
        Assert.InRange(after.Version, before.Version + expected.Length, log[^1].Version);
        Assert.Equal(log.Single(e => e.Version == after.Version).To, after.State);
        await TestSilo.Eventually(() => Task.FromResult(Silo.PublishedFor(before.Id).Count >= log.Count), "the transitions to be published");
        Assert.Equal(log.Select(e => (e.From, e.To, e.Version)), Silo.PublishedFor(before.Id).Take(log.Count).Select(e => (e.From, e.To, e.Version)));
    }

    [Fact]
    public async Task FullJourney_EveryTransition_IsLoggedAndPublishedOnceInOrder()
    {
        var world = await LifecycleWorld.CreateAsync(Silo);
        var created = await Silo.Interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Voice, ContactId = "c-1" });
        await Silo.Interactions.StartSelfServiceAsync(created.Id);
        await Silo.Interactions.EnqueueAsync(created.Id, new EnqueueRequest { QueueId = world.ServedQueue.Id });
        await Silo.WaitForStateAsync(created.Id, Offered);
        await Silo.Interactions.RejectOfferAsync(created.Id, world.Agent);
        await Silo.WaitForStateAsync(created.Id, Offered);
        await Silo.Interactions.AcceptOfferAsync(created.Id, world.Agent);
        await Silo.Interactions.HoldAsync(created.Id);
        await Silo.Interactions.ResumeAsync(created.Id);
        await Silo.Interactions.TransferAsync(created.Id, TransferTarget.ToQueue(world.IdleQueue.Id, "needs claims"));
        await Silo.Interactions.AbandonAsync(created.Id, "hang-up");

        InteractionState[] path = [Created, SelfService, Queued, Offered, Queued, Offered, Connected, Held, Connected, Transferred, Queued, Abandoned];
        var expected = path.Zip(path.Skip(1)).ToList();
        var log = await Silo.LogAsync(created.Id);
        Assert.Equal(expected, log.Select(e => (e.From, e.To)));
        Assert.Equal(Enumerable.Range(2, expected.Count).Select(v => (long)v), log.Select(e => e.Version));
        await TestSilo.Eventually(() => Task.FromResult(Silo.PublishedFor(created.Id).Count == expected.Count), "every transition to be published");
        Assert.Equal(expected, Silo.PublishedFor(created.Id).Select(e => (e.From, e.To)));

        var final = log[^1].Interaction;
        Assert.Equal(2, final.Legs.Count);
        Assert.Equal(("transferred", world.Agent), (final.Legs[0].EndReason, final.Legs[0].AgentId));
        Assert.Equal((world.IdleQueue.Id, "abandoned"), (final.Legs[1].QueueId, final.Legs[1].EndReason));
        Assert.All(final.Participants, p => Assert.NotNull(p.LeftAt));
        Assert.Contains(final.Participants, p => p.Role == ParticipantRole.Agent && p.Reference == world.Agent);
        Assert.Equal(RoutingSubState.Idle, (await Silo.Presence.GetAsync(world.Agent)).SubState);
    }
}
