using Bunit;
using ContactCenter.Host.Shell.Components.Wallboard;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Host.Shell.Text;

namespace ContactCenter.Host.Shell.Tests.Components.Wallboard;

public sealed class CoachNoteFormTests : ShellComponentTest
{
    private IRenderedComponent<CoachNoteForm> RenderForm(List<string> sent, WallText wall) => Render<CoachNoteForm>(p => p
        .Add(c => c.Row, new AgentRow("a1", "Ana Mora", null, null, 0)).Add(c => c.Wall, wall).Add(c => c.OnSend, t => sent.Add(t)));

    [Fact]
    public void Send_BlankNote_ExplainsAndSendsNothing()
    {
        var sent = new List<string>();
        var cut = RenderForm(sent, WallText.Spanish);

        cut.Find("[data-testid=note-text]").Input("   ");
        cut.Find("form").Submit();

        Assert.Empty(sent);
        Assert.Equal("Escribe una nota primero.", cut.Find("[data-testid=note-error]").TextContent);
        Assert.Equal("true", cut.Find("[data-testid=note-text]").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Send_Note_SendsTheTrimmedTextAndClears()
    {
        var sent = new List<string>();
        var cut = RenderForm(sent, WallText.English);

        cut.Find("[data-testid=note-text]").Input("  Offer the rental car  ");
        cut.Find("form").Submit();

        Assert.Equal(["Offer the rental car"], sent);
        Assert.Equal("Private note to Ana Mora", cut.Find("h2").TextContent);
        Assert.Equal("", cut.Find("[data-testid=note-text]").GetAttribute("value") ?? "");
    }
}
