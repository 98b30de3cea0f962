using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;
using ContactCenter.Testing.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Interactions;

/// <summary>An interaction's subject and disposition notes are personal data: encrypted in the snapshot and in the stored events.</summary>
public sealed class InteractionSealingTests
{
    private const string Subject = "Reclamo de Xiomara Quirós por choque";
    private const string Notes = "Wenceslao Brenes devuelve la llamada al 8311-9047";

    [Fact]
    public async Task Close_WithSubjectAndNotes_StoredSnapshotAndEventsHoldNeitherInClear()
    {
        await using var silo = await TestSilo.StartAsync();
        var queue = await silo.QueueAsync("claims");
        var agent = await silo.AgentAsync("claims");
        var created = await silo.Interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Voice, Subject = Subject });
        await silo.Interactions.EnqueueAsync(created.Id, new EnqueueRequest { QueueId = queue.Id });
        await silo.WaitForStateAsync(created.Id, InteractionState.Offered);
        await silo.Interactions.AcceptOfferAsync(created.Id, agent);
        await silo.Interactions.EndContactAsync(created.Id);

        var closed = await silo.Interactions.CloseAsync(created.Id, new DispositionRef("claims/new", Notes));

        var raw = (await silo.Store.GetAsync(KernelCollections.Interactions.Name, created.Id, CancellationToken.None))!.Json;
        var events = await silo.Store.ReadEventsAsync(new EventQuery(created.Id), CancellationToken.None);
        var stored = string.Join("\n", events.Select(e => e.Json).Prepend(raw));
        Assert.Empty(PlaintextProbe.Find(System.Text.Encoding.UTF8.GetBytes(stored)));
        Assert.NotNull(JsonNode.Parse(raw)!["sealed"]!["notes"]);
        Assert.Equal(Subject, closed.Subject);
        var read = await silo.Interactions.GetAsync(created.Id);
        Assert.Equal(Subject, read!.Subject);
        Assert.Equal(Notes, read.Disposition!.Notes);
        var log = await silo.LogAsync(created.Id);
        Assert.Equal(Notes, log[^1].Interaction!.Disposition!.Notes);
        Assert.All(log, t => Assert.Equal(Subject, t.Interaction!.Subject));
    }

    [Fact]
    public async Task Get_SnapshotStoredInClearBeforeSealing_ReadsAsStored()
    {
        await using var silo = await TestSilo.StartAsync();
        var legacy = PlaintextProbe.Interaction("legacy-1", TestSilo.Start);
        await silo.Store.CommitAsync(
            new WriteBatch().Insert(KernelCollections.Interactions.Name, legacy.Id, JsonSerializer.Serialize(legacy, KernelJson.Options)), CancellationToken.None);

        var read = await silo.Interactions.GetAsync(legacy.Id);

        Assert.Equal(legacy.Subject, read!.Subject);
        Assert.Equal(legacy.Disposition, read.Disposition);
    }

    [Theory]
    [InlineData("subject")]
    [InlineData("notes")]
    public async Task Get_SealedFieldTampered_ThrowsDataTamperedAndReturnsNoGarbage(string field)
    {
        await using var silo = await TestSilo.StartAsync();
        var codec = silo.Services.GetRequiredService<InteractionCodec>();
        var node = JsonNode.Parse(codec.Serialize(PlaintextProbe.Interaction("tampered-1", TestSilo.Start)))!.AsObject();
        var value = (string)node["sealed"]![field]!;
        node["sealed"]![field] = value[..^3] + (value[^3] == 'A' ? 'B' : 'A') + value[^2..];
        await silo.Store.CommitAsync(
            new WriteBatch().Insert(KernelCollections.Interactions.Name, "tampered-1", node.ToJsonString()), CancellationToken.None);

        await Assert.ThrowsAsync<DataTamperedException>(async () => await silo.Interactions.GetAsync("tampered-1"));
    }

    [Fact]
    public async Task Get_SealedSubjectCopiedFromAnotherInteraction_ThrowsDataTampered()
    {
        await using var silo = await TestSilo.StartAsync();
        var codec = silo.Services.GetRequiredService<InteractionCodec>();
        var source = JsonNode.Parse(codec.Serialize(PlaintextProbe.Interaction("source-1", TestSilo.Start)))!.AsObject();
        var target = JsonNode.Parse(codec.Serialize(PlaintextProbe.Interaction("target-1", TestSilo.Start) with { Subject = "otro asunto" }))!.AsObject();
        target["sealed"]!["subject"] = (string)source["sealed"]!["subject"]!;
        await silo.Store.CommitAsync(new WriteBatch().Insert(KernelCollections.Interactions.Name, "target-1", target.ToJsonString()), CancellationToken.None);

        await Assert.ThrowsAsync<DataTamperedException>(async () => await silo.Interactions.GetAsync("target-1"));
    }
}
