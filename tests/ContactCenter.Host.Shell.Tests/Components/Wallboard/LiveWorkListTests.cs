using Bunit;
using ContactCenter.Host.Shell.Components.Wallboard;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Tests.Components.Wallboard;

/// <summary>The live work list: waiting and offered contacts, with a named Reassign button only for supervisors who may intervene.</summary>
public sealed class LiveWorkListTests : ShellComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private static readonly Interaction[] Work =
    [
        new() { Id = "chat-0000queued", Channel = ChannelKind.Chat, Direction = Direction.Inbound, State = InteractionState.Queued, Version = 2, CreatedAt = Now,
            StateChangedAt = Now.AddSeconds(-75), QueueId = "q1", QueuedAt = Now.AddSeconds(-75) },
        new() { Id = "call-000offered", Channel = ChannelKind.Voice, Direction = Direction.Inbound, State = InteractionState.Offered, Version = 4, CreatedAt = Now,
            StateChangedAt = Now.AddSeconds(-5), QueueId = "q1", QueuedAt = Now.AddSeconds(-20), AgentId = "a1" },
    ];

    private IRenderedComponent<LiveWorkList> RenderList(bool canReassign, WallText wall, Action<Interaction>? reassign = null) =>
        Render<LiveWorkList>(p => p.Add(c => c.Work, Work).Add(c => c.QueueNames, new Dictionary<string, string> { ["q1"] = "Salud, general" })
            .Add(c => c.AgentNames, new Dictionary<string, string> { ["a1"] = "Ana Mora" }).Add(c => c.Now, Now).Add(c => c.Wall, wall)
            .Add(c => c.CanReassign, canReassign).Add(c => c.OnReassign, reassign ?? (_ => { })));

    [Fact]
    public void Render_WithIntervene_EachRowHasANamedReassignButtonThatRaisesOnReassign()
    {
        Interaction? chosen = null;
        var cut = RenderList(canReassign: true, WallText.Spanish, i => chosen = i);

        Assert.Equal(2, cut.FindAll("[data-testid=reassign]").Count);
        Assert.Equal("Ana Mora", cut.Find("tr[data-interaction=call-000offered] [data-testid=live-agent]").TextContent);
        Assert.Equal("1:15", cut.Find("tr[data-interaction=chat-0000queued] td:nth-of-type(4)").TextContent);
        var button = cut.Find("tr[data-interaction=chat-0000queued] [data-testid=reassign]");
        Assert.Equal(("BUTTON", "Reasignar Chat · 00queued"), (button.TagName, button.GetAttribute("aria-label")));

        button.Click();

        Assert.Equal("chat-0000queued", chosen?.Id);
    }

    [Fact]
    public void Render_WithoutIntervene_ListsTheWorkButOffersNoReassign()
    {
        var cut = RenderList(canReassign: false, WallText.English);

        Assert.Equal(2, cut.FindAll("[data-testid=live-row]").Count);
        Assert.Empty(cut.FindAll("[data-testid=reassign]"));
        Assert.DoesNotContain(cut.FindAll("th"), th => th.TextContent == WallText.English.Actions);
    }

    [Fact]
    public void Render_NothingWaits_SaysSo()
    {
        var cut = Render<LiveWorkList>(p => p.Add(c => c.Work, Array.Empty<Interaction>()).Add(c => c.QueueNames, new Dictionary<string, string>())
            .Add(c => c.AgentNames, new Dictionary<string, string>()).Add(c => c.Now, Now).Add(c => c.Wall, WallText.Spanish).Add(c => c.CanReassign, true));

        Assert.Equal(WallText.Spanish.NoLiveWork, cut.Find("[data-testid=no-live-work]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=reassign]"));
    }
}
