using ContactCenter.Host.Shell.Shortcuts;

namespace ContactCenter.Host.Shell.Tests.Shortcuts;

public sealed class ShortcutMapTests
{
    [Theory]
    [InlineData("alt+a", "Alt+A")]
    [InlineData("Shift + Alt + 1", "Alt+Shift+1")]
    [InlineData("CTRL+ALT+/", "Ctrl+Alt+/")]
    public void Normalize_ValidCombination_IsCanonical(string input, string expected) =>
        Assert.Equal(expected, ShortcutMap.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Alt+AB")]
    [InlineData("Win+A")]
    [InlineData("Alt+A+B")]
    public void Normalize_Invalid_IsNull(string? input) => Assert.Null(ShortcutMap.Normalize(input));

    [Fact]
    public void From_StoredOverride_ReplacesTheDefaultAndFindsTheAction()
    {
        var map = ShortcutMap.From(new Dictionary<string, string> { ["Accept"] = "ctrl+shift+y" });

        Assert.Equal("Ctrl+Shift+Y", map.Keys[ShortcutAction.Accept]);
        Assert.Equal(ShortcutAction.Accept, map.ActionFor("Ctrl+Shift+Y"));
        Assert.Null(map.ActionFor("Alt+A"));
    }

    [Fact]
    public void From_StoredOverridesThatClash_FallsBackToTheDefaults()
    {
        var map = ShortcutMap.From(new Dictionary<string, string> { ["Accept"] = "Alt+R" });

        Assert.Equal("Alt+A", map.Keys[ShortcutAction.Accept]);
        Assert.Equal("Alt+R", map.Keys[ShortcutAction.Reject]);
    }

    [Fact]
    public void From_UnknownActionOrBadKeys_AreIgnored()
    {
        var map = ShortcutMap.From(new Dictionary<string, string> { ["Explode"] = "Alt+X", ["Reject"] = "R" });

        Assert.Equal(ShortcutMap.Defaults, map.Keys);
    }

    [Fact]
    public void Overrides_OnlyWhatDiffersFromTheDefaults()
    {
        var keys = ShortcutMap.Defaults.ToDictionary();
        keys[ShortcutAction.Help] = "ctrl+/";

        var overrides = ShortcutMap.Overrides(keys);

        Assert.Equal(new Dictionary<string, string> { ["Help"] = "Ctrl+/" }, overrides);
    }
}
