using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ContactCenter.Host.Shell.Shortcuts;

/// <summary>
/// The agent's key combinations: defaults with modifiers (so typing in a reply never triggers one), overridden per
/// agent. A combination is written <c>Alt+A</c>, <c>Ctrl+Shift+1</c>: at least one modifier, then one letter, digit or
/// <c>/</c>. Two actions may not share one.
/// </summary>
public sealed partial class ShortcutMap
{
    public static readonly FrozenDictionary<ShortcutAction, string> Defaults = new Dictionary<ShortcutAction, string>
    {
        [ShortcutAction.Accept] = "Alt+A",
        [ShortcutAction.Reject] = "Alt+R",
        [ShortcutAction.Status] = "Alt+S",
        [ShortcutAction.WrapUp] = "Alt+W",
        [ShortcutAction.Reply] = "Alt+M",
        [ShortcutAction.Help] = "Alt+/",
        [ShortcutAction.ExtendWrapUp] = "Alt+X",
    }.ToFrozenDictionary();

    private readonly Dictionary<ShortcutAction, string> _keys;

    private ShortcutMap(Dictionary<ShortcutAction, string> keys) => _keys = keys;

    public IReadOnlyDictionary<ShortcutAction, string> Keys => _keys;

    /// <summary>The defaults with the stored overrides that are still valid applied (a bad stored entry falls back to its default).</summary>
    public static ShortcutMap From(IReadOnlyDictionary<string, string> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var merged = Defaults.ToDictionary();
        foreach (var (action, keys) in overrides)
        {
            if (Enum.TryParse<ShortcutAction>(action, out var known) && Enum.IsDefined(known) && Normalize(keys) is { } normalized)
            {
                merged[known] = normalized;
            }
        }

        return Validate(merged).Count == 0 ? new ShortcutMap(merged) : new ShortcutMap(Defaults.ToDictionary());
    }

    /// <summary>Problems with a proposed map, per action: unreadable combinations and combinations used twice.</summary>
    public static IReadOnlyDictionary<ShortcutAction, ShortcutProblem> Validate(IReadOnlyDictionary<ShortcutAction, string> proposed)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        var problems = new Dictionary<ShortcutAction, ShortcutProblem>();
        var normalized = new Dictionary<ShortcutAction, string>();
        foreach (var (action, keys) in proposed)
        {
            if (Normalize(keys) is { } ok)
            {
                normalized[action] = ok;
            }
            else
            {
                problems[action] = ShortcutProblem.Invalid;
            }
        }

        foreach (var clash in normalized.GroupBy(n => n.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g))
        {
            problems[clash.Key] = ShortcutProblem.Taken;
        }

        return problems;
    }

    /// <summary>The overrides to store: only what differs from the defaults.</summary>
    public static IReadOnlyDictionary<string, string> Overrides(IReadOnlyDictionary<ShortcutAction, string> keys) =>
        keys.Select(k => (k.Key, Value: Normalize(k.Value)))
            .Where(k => k.Value is not null && k.Value != Defaults[k.Key])
            .ToDictionary(k => k.Key.ToString(), k => k.Value!, StringComparer.Ordinal);

    public ShortcutAction? ActionFor(string combination) =>
        Normalize(combination) is { } normalized && _keys.FirstOrDefault(k => k.Value == normalized) is { Value: not null } hit ? hit.Key : null;

    /// <summary>The canonical form (modifiers in the order Ctrl, Alt, Shift; key upper-case), or null when it is not a valid combination.</summary>
    public static string? Normalize(string? combination)
    {
        if (combination is null || Pattern().Match(combination.Replace(" ", "", StringComparison.Ordinal)) is not { Success: true } match)
        {
            return null;
        }

        var modifiers = match.Groups["mods"].Captures.Select(c => c.Value.TrimEnd('+').ToUpperInvariant()).ToHashSet();
        var ordered = new[] { ("CTRL", "Ctrl"), ("ALT", "Alt"), ("SHIFT", "Shift") }.Where(m => modifiers.Contains(m.Item1)).Select(m => m.Item2);
        return $"{string.Join('+', ordered)}+{match.Groups["key"].Value.ToUpperInvariant()}";
    }

    [GeneratedRegex(@"^(?<mods>(?:ctrl|alt|shift)\+){1,3}(?<key>[a-z0-9/])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
