namespace ContactCenter.Host.Shell.Services;

/// <summary>An agent's workspace in clear, as the shell uses it.</summary>
/// <param name="OpenTabs">Open interactions, in tab order.</param>
/// <param name="ActiveTab">The selected interaction, if any.</param>
/// <param name="Drafts">Draft reply per interaction.</param>
/// <param name="Shortcuts">Shortcut overrides (action to keys).</param>
public sealed record Workspace(
    IReadOnlyList<string> OpenTabs,
    string? ActiveTab,
    IReadOnlyDictionary<string, string> Drafts,
    IReadOnlyDictionary<string, string> Shortcuts)
{
    public static Workspace Empty { get; } = new([], null, new Dictionary<string, string>(), new Dictionary<string, string>());
}
