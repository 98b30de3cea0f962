using ContactCenter.Host.Shell.Services;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;
using ContactCenter.Testing.Security;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Host.Shell.Tests.Services;

public sealed class WorkspaceStoreTests : IAsyncLifetime
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("cc-shell-workspace-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
    private InMemoryDocumentStore _store = null!;
    private EncryptedKernel _kernel = null!;
    private WorkspaceStore _workspaces = null!;

    public async Task InitializeAsync()
    {
        _store = new InMemoryDocumentStore(_time);
        _kernel = await EncryptedKernel.StartAsync(_store, new Dictionary<string, string?> { ["CC:Storage:DataDirectory"] = _directory.FullName }, _time);
        _workspaces = new WorkspaceStore(_store, _kernel.Protector, new KernelTime(_time));
    }

    public async Task DisposeAsync()
    {
        await _kernel.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task GetAsync_NothingStored_IsEmpty() =>
        Assert.Same(Workspace.Empty, await _workspaces.GetAsync("agent1"));

    [Fact]
    public async Task SaveAsync_ThenGet_RestoresTabsActiveTabDraftsAndShortcuts()
    {
        var saved = new Workspace(["i-1", "i-2"], "i-2", new Dictionary<string, string> { ["i-1"] = "Hola Ana, ya le" },
            new Dictionary<string, string> { ["Accept"] = "Ctrl+Shift+Y" });

        await _workspaces.SaveAsync("agent1", saved);
        var restored = await new WorkspaceStore(_store, _kernel.Protector, new KernelTime(_time)).GetAsync("agent1");

        Assert.Equal(saved.OpenTabs, restored.OpenTabs);
        Assert.Equal("i-2", restored.ActiveTab);
        Assert.Equal("Hola Ana, ya le", restored.Drafts["i-1"]);
        Assert.Equal("Ctrl+Shift+Y", restored.Shortcuts["Accept"]);
    }

    [Fact]
    public async Task SaveAsync_Draft_IsNotStoredInClear()
    {
        await _workspaces.SaveAsync("agent1", Workspace.Empty with { Drafts = new Dictionary<string, string> { ["i-1"] = "número de póliza 4471-XY" } });

        var raw = await _store.GetAsync(WorkspaceStore.Collection.Name, "agent1", CancellationToken.None);

        Assert.NotNull(raw);
        Assert.DoesNotContain("4471-XY", raw.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_EmptyDraft_IsDropped()
    {
        await _workspaces.SaveAsync("agent1", Workspace.Empty with { Drafts = new Dictionary<string, string> { ["i-1"] = "" } });

        Assert.Empty((await _workspaces.GetAsync("agent1")).Drafts);
    }

    [Fact]
    public async Task SaveAsync_BadAgentId_IsRefusedAndStoresNothing()
    {
        await Assert.ThrowsAsync<InvalidRequestException>(() => _workspaces.SaveAsync("agent\u0001", Workspace.Empty).AsTask());

        Assert.Equal(0, await _store.CountAsync(WorkspaceStore.Collection.Name, [], CancellationToken.None));
    }
}
