using Bunit;
using ContactCenter.Host.Shell.Components;
using ContactCenter.Host.Shell.Shortcuts;
using ContactCenter.Host.Shell.Tests.Support;

namespace ContactCenter.Host.Shell.Tests.Components;

public sealed class ShortcutHelpTests : ShellComponentTest
{
    private IRenderedComponent<ShortcutHelp> RenderHelp(Action<IReadOnlyDictionary<ShortcutAction, string>> saved) =>
        Render<ShortcutHelp>(p => p.AddCascadingValue(English).Add(c => c.Map, ShortcutMap.From(new Dictionary<string, string>()))
            .Add(c => c.OnSave, saved));

    [Fact]
    public void Render_Defaults_ListsEveryActionWithItsKeys()
    {
        var cut = RenderHelp(_ => { });

        Assert.Equal("Alt+A", cut.Find("[data-testid=shortcut-Accept]").GetAttribute("value"));
        Assert.Equal("Alt+/", cut.Find("[data-testid=shortcut-Help]").GetAttribute("value"));
        Assert.Equal(Enum.GetValues<ShortcutAction>().Length, cut.FindAll("tbody tr").Count);
        Assert.Equal("dialog", cut.Find("[data-testid=shortcut-help]").GetAttribute("role"));
    }

    [Fact]
    public void Save_SameKeysForTwoActions_ExplainsBothAndSavesNothing()
    {
        IReadOnlyDictionary<ShortcutAction, string>? saved = null;
        var cut = RenderHelp(s => saved = s);

        cut.Find("[data-testid=shortcut-Reject]").Change("Alt+A");
        cut.Find("[data-testid=shortcut-save]").Click();

        Assert.Null(saved);
        Assert.Equal("Already used by another action.", cut.Find("[data-testid=shortcut-error-Accept]").TextContent);
        Assert.Equal("Already used by another action.", cut.Find("[data-testid=shortcut-error-Reject]").TextContent);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("Alt+")]
    [InlineData("Alt+Enter")]
    [InlineData("Meta+A")]
    public void Save_UnreadableKeys_ExplainsAndSavesNothing(string keys)
    {
        IReadOnlyDictionary<ShortcutAction, string>? saved = null;
        var cut = RenderHelp(s => saved = s);

        cut.Find("[data-testid=shortcut-Status]").Change(keys);
        cut.Find("[data-testid=shortcut-save]").Click();

        Assert.Null(saved);
        Assert.StartsWith("Use Alt, Ctrl or Shift", cut.Find("[data-testid=shortcut-error-Status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_Remapped_RaisesTheNormalizedMap()
    {
        IReadOnlyDictionary<ShortcutAction, string>? saved = null;
        var cut = RenderHelp(s => saved = s);

        cut.Find("[data-testid=shortcut-Accept]").Change("shift+ctrl+y");
        cut.Find("[data-testid=shortcut-save]").Click();

        Assert.NotNull(saved);
        Assert.Equal("Ctrl+Shift+Y", saved[ShortcutAction.Accept]);
        Assert.Equal("Alt+R", saved[ShortcutAction.Reject]);
    }
}
