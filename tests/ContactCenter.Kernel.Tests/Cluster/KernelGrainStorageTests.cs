using ContactCenter.Kernel.Cluster;
using ContactCenter.Kernel.Presence;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Tests.Cluster;
using Orleans.Storage;

namespace ContactCenter.Kernel.Tests.Cluster;

public sealed class KernelGrainStorageTests
{
    private static readonly GrainId Grain = GrainId.Create("agent", "ana");

    [Fact]
    public async Task ReadStateAsync_NothingStored_ReportsNoRecord()
    {
        var (storage, _) = Create();
        var state = new GrainState<AgentState>(new AgentState());

        await storage.ReadStateAsync("state", Grain, state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
    }

    [Fact]
    public async Task WriteThenRead_RoundTripsTheStateWithTheDocumentVersionAsETag()
    {
        var (storage, store) = Create();
        var written = new GrainState<AgentState>(new AgentState { StatusId = "break", ReasonCode = "coffee", Version = 7 });

        await storage.WriteStateAsync("state", Grain, written);
        var read = new GrainState<AgentState>(new AgentState());
        await storage.ReadStateAsync("state", Grain, read);

        Assert.Equal(("break", "coffee", 7L), (read.State!.StatusId, read.State!.ReasonCode, read.State!.Version));
        Assert.Equal(("1", "1", true), (written.ETag, read.ETag, read.RecordExists));
        var raw = await store.GetAsync(KernelCollections.GrainState.Name, "agent/ana", CancellationToken.None);
        Assert.Contains("\"grainType\":\"agent\"", raw!.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteStateAsync_FromAStaleActivation_ThrowsInconsistentStateAndKeepsTheStoredState()
    {
        var (storage, _) = Create();
        var first = new GrainState<AgentState>(new AgentState { StatusId = "available" });
        await storage.WriteStateAsync("state", Grain, first);
        var stale = new GrainState<AgentState>(new AgentState { StatusId = "lunch" }) { ETag = first.ETag };
        first.State!.StatusId = "training";
        await storage.WriteStateAsync("state", Grain, first);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("state", Grain, stale));

        Assert.Equal(("2", "1"), (error.StoredEtag, error.CurrentEtag));
        var read = new GrainState<AgentState>(new AgentState());
        await storage.ReadStateAsync("state", Grain, read);
        Assert.Equal("training", read.State!.StatusId);
    }

    [Fact]
    public async Task WriteStateAsync_InsertWhenAnotherActivationAlreadyWrote_ThrowsInconsistentState()
    {
        var (storage, _) = Create();
        await storage.WriteStateAsync("state", Grain, new GrainState<AgentState>(new AgentState()));

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("state", Grain, new GrainState<AgentState>(new AgentState())));
    }

    [Fact]
    public async Task ClearStateAsync_RemovesTheDocumentAndResetsTheETag()
    {
        var (storage, store) = Create();
        var state = new GrainState<AgentState>(new AgentState());
        await storage.WriteStateAsync("state", Grain, state);

        await storage.ClearStateAsync("state", Grain, state);

        Assert.Equal((null, false), (state.ETag, state.RecordExists));
        Assert.Null(await store.GetAsync(KernelCollections.GrainState.Name, "agent/ana", CancellationToken.None));
    }

    [Fact]
    public void DocumentId_OtherStateNames_AreKeptApart() =>
        Assert.Equal(["agent/ana", "agent/ana#history"], new[] { KernelGrainStorage.DocumentId("state", Grain), KernelGrainStorage.DocumentId("history", Grain) });

    private static (KernelGrainStorage Storage, InMemoryDocumentStore Store) Create()
    {
        var store = new InMemoryDocumentStore(TimeProvider.System);
        return (new KernelGrainStorage(store), store);
    }
}
