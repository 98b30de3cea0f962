using ContactCenter.Kernel;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;

namespace ContactCenter.Host.Shell.Services;

/// <summary>
/// Keeps each agent's workspace in the configured store (collection <c>k.agent-workspaces</c>, one document per agent),
/// so a dropped circuit, a reload or a host restart brings back the tabs and drafts. Last write wins: two tabs of the
/// same agent write the same document, and the newest draft is the one the agent wants.
/// </summary>
public sealed class WorkspaceStore(IDocumentStore store, IDataProtector protector, KernelTime time)
{
    public const int MaxDraftLength = 4096;
    private const string DraftContext = "agent-workspace-draft";

    public static CollectionDefinition Collection { get; } = CollectionDefinition.Plain(CollectionNames.Kernel("agent-workspaces"));

    private readonly KernelRepository<WorkspaceDocument> _documents = new(store, Collection);
    private Task? _ensured;

    public async ValueTask<Workspace> GetAsync(string agentId, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        var document = (await _documents.GetAsync(DocumentId(agentId), cancellationToken).ConfigureAwait(false))?.Value;
        if (document is null)
        {
            return Workspace.Empty;
        }

        var drafts = document.ProtectedDrafts.ToDictionary(d => d.Key, d => protector.UnprotectString(d.Value, DraftContext), StringComparer.Ordinal);
        return new Workspace(document.OpenTabs, document.ActiveTab, drafts, document.Shortcuts);
    }

    public async ValueTask SaveAsync(string agentId, Workspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        var document = new WorkspaceDocument
        {
            OpenTabs = workspace.OpenTabs,
            ActiveTab = workspace.ActiveTab,
            ProtectedDrafts = workspace.Drafts.Where(d => d.Value.Length > 0)
                .ToDictionary(d => d.Key, d => protector.ProtectString(d.Value.Length > MaxDraftLength ? d.Value[..MaxDraftLength] : d.Value, DraftContext),
                    StringComparer.Ordinal),
            Shortcuts = workspace.Shortcuts,
            UpdatedAt = time.GetUtcNow(),
        };
        await _documents.UpsertAsync(DocumentId(agentId), document, cancellationToken).ConfigureAwait(false);
    }

    // Agent ids are directory ids; the store checks them as document ids.
    private static string DocumentId(string agentId) => DocumentIds.Validate(agentId);

    private Task EnsureAsync(CancellationToken cancellationToken)
    {
        // Declared once per host; a failed attempt is forgotten so the next call tries again.
        var ensured = LazyInitializer.EnsureInitialized(ref _ensured, () => store.EnsureCollectionAsync(Collection, CancellationToken.None).AsTask());
        if (ensured.IsFaulted || ensured.IsCanceled)
        {
            Interlocked.CompareExchange(ref _ensured, null, ensured);
        }

        return ensured.WaitAsync(cancellationToken);
    }
}
