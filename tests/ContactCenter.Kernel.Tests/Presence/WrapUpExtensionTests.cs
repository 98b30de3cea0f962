using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Presence;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Presence;

/// <summary>Extending a timed wrap-up (WCAG 2.2.1) on a real silo with the kernel clock faked; every attempt audited.</summary>
public sealed class WrapUpExtensionTests
{
    [Fact]
    public async Task Extend_BeforeTheEnd_TheTimeoutClosesItOnlyAtTheNewEnd()
    {
        await using var silo = await TestSilo.StartAsync();
        var (agent, first) = await WrappingUpAsync(silo, maxExtensions: 10);
        silo.Time.Advance(TimeSpan.FromSeconds(20));

        var result = await Service(silo).ExtendAsync(agent, first, "u-agent");
        var item = (await silo.Presence.GetAsync(agent)).Work.Single();
        silo.Time.Advance(TimeSpan.FromSeconds(15));

        Assert.True(result.Extended);
        Assert.Equal(9, result.ExtensionsLeft);
        Assert.Equal(item.Since + TimeSpan.FromSeconds(90), result.EndsAt);
        Assert.Equal((result.EndsAt, 9), (item.WrapUpEndsAt, item.WrapUpExtensionsLeft));
        Assert.Equal(InteractionState.WrapUp, (await silo.Interactions.GetAsync(first))!.State);

        silo.Time.Advance(TimeSpan.FromSeconds(55));
        var closed = await silo.WaitForStateAsync(first, InteractionState.Closed);
        Assert.Equal(DispositionRef.TimeoutCode, closed.Disposition?.Code);
        // Closed by the re-armed timer at the new end, not by the first one at the old end.
        Assert.Equal(result.EndsAt, closed.StateChangedAt);
        var audit = await AuditAsync(silo, first);
        Assert.Equal(("u-agent", AuditOutcomes.Success), (audit.Single().Actor, audit.Single().Outcome));
    }

    [Fact]
    public async Task Extend_FixedQueue_RefusedAuditedAndTheOriginalEndStands()
    {
        await using var silo = await TestSilo.StartAsync();
        var (agent, first) = await WrappingUpAsync(silo, maxExtensions: 0);

        var result = await Service(silo).ExtendAsync(agent, first, "u-agent");
        silo.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal((false, WrapUpExtendRefusal.Fixed, 0), (result.Extended, result.Refusal, result.ExtensionsLeft));
        Assert.Equal(DispositionRef.TimeoutCode, (await silo.WaitForStateAsync(first, InteractionState.Closed)).Disposition?.Code);
        Assert.Equal(AuditOutcomes.Failure, (await AuditAsync(silo, first)).Single().Outcome);
    }

    [Fact]
    public async Task Extend_PastTheLimit_RefusedAsLimitReachedAndTheEndDoesNotMove()
    {
        await using var silo = await TestSilo.StartAsync();
        var (agent, first) = await WrappingUpAsync(silo, maxExtensions: 2);
        var service = Service(silo);

        await service.ExtendAsync(agent, first, "u-agent");
        var second = await service.ExtendAsync(agent, first, "u-agent");
        var third = await service.ExtendAsync(agent, first, "u-agent");

        Assert.Equal((true, 0), (second.Extended, second.ExtensionsLeft));
        Assert.Equal((false, WrapUpExtendRefusal.LimitReached), (third.Extended, third.Refusal));
        Assert.Equal(second.EndsAt, third.EndsAt);
        Assert.Equal(second.EndsAt, (await silo.Presence.GetAsync(agent)).Work.Single().WrapUpEndsAt);
    }

    [Fact]
    public async Task Extend_AfterTheTimerFired_RefusedAndTheInteractionIsClosedWithTheTimeoutCode()
    {
        await using var silo = await TestSilo.StartAsync();
        var (agent, first) = await WrappingUpAsync(silo, maxExtensions: 10);
        silo.Time.Advance(TimeSpan.FromSeconds(30));

        var result = await Service(silo).ExtendAsync(agent, first, "u-agent");

        // Either the timer's close already reached the agent (no such wrap-up) or not yet (time is up): never extended.
        Assert.False(result.Extended);
        Assert.Contains(result.Refusal, new[] { WrapUpExtendRefusal.TimeIsUp, WrapUpExtendRefusal.NotInWrapUp });
        Assert.Equal(DispositionRef.TimeoutCode, (await silo.WaitForStateAsync(first, InteractionState.Closed)).Disposition?.Code);
    }

    [Fact]
    public async Task Extend_ManualQueue_RefusedAsNoTimeLimit()
    {
        await using var silo = await TestSilo.StartAsync();
        var (agent, first) = await WrappingUpAsync(silo, maxExtensions: 10, AfterContactWorkMode.Manual);

        var result = await Service(silo).ExtendAsync(agent, first, "u-agent");

        Assert.Equal((false, WrapUpExtendRefusal.NoTimeLimit), (result.Extended, result.Refusal));
        Assert.Null((await silo.Presence.GetAsync(agent)).Work.Single().WrapUpEndsAt);
    }

    [Fact]
    public async Task Extend_ConnectedOrUnknownInteraction_RefusedAsNotInWrapUp()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await QueueAsync(silo, 10, AfterContactWorkMode.Timed);
        var agent = await silo.AgentAsync("acw");
        var connected = await ConnectedAsync(silo, queue, agent);
        var service = Service(silo);

        var onContact = await service.ExtendAsync(agent, connected, "u-agent");
        var unknown = await service.ExtendAsync(agent, "no-such-interaction", "u-agent");

        Assert.Equal(WrapUpExtendRefusal.NotInWrapUp, onContact.Refusal);
        Assert.Equal(WrapUpExtendRefusal.NotInWrapUp, unknown.Refusal);
        Assert.Equal(InteractionState.Connected, (await silo.Interactions.GetAsync(connected))!.State);
    }

    [Theory]
    [InlineData("Bad Agent!", "i-1")]
    [InlineData("", "i-1")]
    public async Task Extend_InvalidAgentId_NotFoundAndNothingAudited(string agentId, string interactionId)
    {
        await using var silo = await TestSilo.StartAsync();

        await Assert.ThrowsAsync<EntityNotFoundException>(() => Service(silo).ExtendAsync(agentId, interactionId, "u-agent").AsTask());
        Assert.Empty(await AuditAsync(silo, interactionId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Extend_BlankInteractionId_InvalidRequest(string interactionId)
    {
        await using var silo = await TestSilo.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => Service(silo).ExtendAsync("ana", interactionId, "u-agent").AsTask());

        Assert.Contains("interactionId", error.Errors.Keys);
    }

    private static IWrapUpService Service(TestSilo silo) => silo.Services.GetRequiredService<IWrapUpService>();

    private static async Task<List<AuditRecord>> AuditAsync(TestSilo silo, string interactionId)
    {
        var records = new List<AuditRecord>();
        await foreach (var record in silo.Services.GetRequiredService<IAuditLog>().ReadAsync(new AuditQuery { Action = "wrap-up.extended", Target = $"interaction/{interactionId}" }))
        {
            records.Add(record);
        }

        return records;
    }

    private static async Task<(string Agent, string Interaction)> WrappingUpAsync(TestSilo silo, int maxExtensions, AfterContactWorkMode mode = AfterContactWorkMode.Timed)
    {
        var queue = await QueueAsync(silo, maxExtensions, mode);
        var agent = await silo.AgentAsync("acw");
        var first = await ConnectedAsync(silo, queue, agent);
        await silo.Interactions.EndContactAsync(first);
        await silo.WaitForAgentAsync(agent, p => p.Work.Single().Phase == AgentWorkPhase.WrapUp && (mode != AfterContactWorkMode.Timed || p.Work.Single().WrapUpEndsAt is not null),
            "the agent's wrap-up to be ruled");
        return (agent, first);
    }

    private static async Task<Queue> QueueAsync(TestSilo silo, int maxExtensions, AfterContactWorkMode mode)
    {
        var queue = await silo.QueueAsync("acw");
        return await silo.Directory.Queues.SaveAsync(queue with
        {
            AfterContactWork = mode, WrapUpTime = TimeSpan.FromSeconds(30), WrapUpExtension = TimeSpan.FromSeconds(60), MaxWrapUpExtensions = maxExtensions,
        });
    }

    private static async Task<string> ConnectedAsync(TestSilo silo, Queue queue, string agent)
    {
        var queued = await silo.QueuedAsync(queue);
        await silo.WaitForStateAsync(queued.Id, InteractionState.Offered);
        await silo.Interactions.AcceptOfferAsync(queued.Id, agent);
        return queued.Id;
    }
}
