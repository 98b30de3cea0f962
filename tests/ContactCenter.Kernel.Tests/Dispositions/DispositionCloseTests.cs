using ContactCenter.Kernel.Dispositions;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Dispositions;

/// <summary>The close path on a real silo with an enforced catalogue: refused codes change nothing; the timeout code still closes.</summary>
public sealed class DispositionCloseTests
{
    [Theory]
    [InlineData("unknown/code")]
    [InlineData("consulta/salud-only")]
    [InlineData("consulta/retired")]
    [InlineData(null)]
    public async Task CloseAsync_RefusedDisposition_StaysInWrapUpWithNoEvent(string? code)
    {
        await using var silo = await TestSilo.StartAsync();
        var (id, _) = await InWrapUpAsync(silo);
        var transitions = (await silo.LogAsync(id)).Count;

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            silo.Interactions.CloseAsync(id, code is null ? null : new DispositionRef(code)).AsTask());

        Assert.NotEmpty(refused.Errors);
        Assert.Equal(InteractionState.WrapUp, (await silo.Interactions.GetAsync(id))!.State);
        Assert.Equal(transitions, (await silo.LogAsync(id)).Count);
    }

    [Fact]
    public async Task CloseAsync_InScopeLeaf_Closed()
    {
        await using var silo = await TestSilo.StartAsync();
        var (id, _) = await InWrapUpAsync(silo);

        var closed = await silo.Interactions.CloseAsync(id, new DispositionRef("consulta/cobertura", "Asked about glass cover"));

        Assert.Equal(InteractionState.Closed, closed.State);
        Assert.Equal("consulta/cobertura", closed.Disposition?.Code);
    }

    [Fact]
    public async Task WrapUpTimeout_EnforcedCatalogue_ClosedWithTheBuiltInTimeoutCode()
    {
        await using var silo = await TestSilo.StartAsync();
        var (id, queue) = await InWrapUpAsync(silo, TimeSpan.FromSeconds(10));

        silo.Time.Advance(TimeSpan.FromSeconds(11));
        var closed = await silo.WaitForStateAsync(id, InteractionState.Closed);

        Assert.Equal(DispositionRef.TimeoutCode, closed.Disposition?.Code);
        Assert.Equal("autos", queue.ServiceLineId);
    }

    private static async Task<(string Id, Queue Queue)> InWrapUpAsync(TestSilo silo, TimeSpan? wrapUp = null)
    {
        var catalog = silo.Services.GetRequiredService<IDispositionCatalog>();
        await silo.Directory.ServiceLines.SaveAsync(new ServiceLine { Id = "salud", Name = new("Health", "Salud") });
        var queue = await silo.QueueAsync("disp");
        if (wrapUp is { } time)
        {
            queue = await silo.Directory.Queues.SaveAsync(queue with { AfterContactWork = AfterContactWorkMode.Timed, WrapUpTime = time });
        }

        await catalog.SaveAsync(new DispositionCode { Code = "consulta", Label = new("Enquiry", "Consulta") });
        await catalog.SaveAsync(new DispositionCode { Code = "consulta/cobertura", Label = new("Coverage", "Cobertura") });
        await catalog.SaveAsync(new DispositionCode { Code = "consulta/retired", Label = new("Old", "Viejo"), Retired = true });
        await catalog.SaveAsync(new DispositionCode { Code = "consulta/salud-only", Label = new("Network", "Red"), Scope = new() { ServiceLineIds = ["salud"] } });
        var agent = await silo.AgentAsync("disp");
        var queued = await silo.QueuedAsync(queue);
        await silo.WaitForStateAsync(queued.Id, InteractionState.Offered);
        await silo.Interactions.AcceptOfferAsync(queued.Id, agent);
        await silo.Interactions.EndContactAsync(queued.Id);
        return (queued.Id, queue);
    }
}
