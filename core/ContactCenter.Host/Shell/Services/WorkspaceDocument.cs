namespace ContactCenter.Host.Shell.Services;

/// <summary>
/// One agent's workspace as stored: the open tabs (interaction ids), the active one, the draft reply per interaction
/// (encrypted at rest: drafts quote customers) and the agent's own shortcut keys.
/// </summary>
public sealed record WorkspaceDocument
{
    public IReadOnlyList<string> OpenTabs { get; init; } = [];

    public string? ActiveTab { get; init; }

    /// <summary>Interaction id to the draft text, protected with the kernel's data protector.</summary>
    public IReadOnlyDictionary<string, string> ProtectedDrafts { get; init; } = new Dictionary<string, string>();

    /// <summary>Action name to key combination, only where the agent changed the default.</summary>
    public IReadOnlyDictionary<string, string> Shortcuts { get; init; } = new Dictionary<string, string>();

    public DateTimeOffset UpdatedAt { get; init; }
}
