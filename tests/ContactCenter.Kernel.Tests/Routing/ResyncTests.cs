using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Routing;

public sealed class ResyncTests
{
    /// <summary>
    /// Work that routing never heard of (a lost notice) is found by the periodic re-read of the store. That re-read
    /// runs on an Orleans timer while the kernel clock is fake and frozen: Orleans keeps its own clock.
    /// </summary>
    [Fact]
    public async Task Resync_QueuedWorkRoutingWasNeverToldAbout_IsFoundAndOffered()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("claims");
        var agent = await silo.AgentAsync("claims");
        var at = silo.Time.GetUtcNow();
        var orphan = new Interaction
        {
            Id = "orphan-1", Channel = ChannelKind.Voice, Direction = Direction.Inbound, State = InteractionState.Queued, Version = 2, CreatedAt = at,
            StateChangedAt = at, QueueId = queue.Id, QueuedAt = at, RequiredSkills = queue.RequiredSkills,
        };
        await silo.Store.CommitAsync(new WriteBatch().Insert(KernelCollections.Interactions.Name, orphan.Id, silo.Services.GetRequiredService<InteractionCodec>().Serialize(orphan)),
            CancellationToken.None);

        var offered = await silo.WaitForStateAsync(orphan.Id, InteractionState.Offered);

        Assert.Equal(agent, offered.AgentId);
        Assert.Equal(at, silo.Time.GetUtcNow());
    }
}
