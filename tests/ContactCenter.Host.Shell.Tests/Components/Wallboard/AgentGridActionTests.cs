using Bunit;
using ContactCenter.Host.Shell.Components.Wallboard;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Tests.Components.Wallboard;

/// <summary>The grid's force-status and stop buttons: shown only when they apply, keyboard-reachable buttons with names.</summary>
public sealed class AgentGridActionTests : ShellComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private static AgentRow Row(string agentId, string name, ChannelKind? channel) => new(agentId, name,
        new AgentPresence { AgentId = agentId, StatusId = "available", IsRoutable = true, StatusSince = Now, SubState = RoutingSubState.OnContact, SubStateSince = Now },
        channel is { } c ? new Interaction { Id = "i-" + agentId, Channel = c, Direction = Direction.Inbound, State = InteractionState.Connected, Version = 3, CreatedAt = Now, StateChangedAt = Now, AgentId = agentId } : null,
        0);

    private IRenderedComponent<AgentGrid> RenderGrid(AgentRow[] rows, bool canForce, IReadOnlySet<string>? monitoring = null, Action<AgentRow>? force = null, Action<AgentRow>? stop = null) =>
        Render<AgentGrid>(p => p.AddCascadingValue(English).Add(c => c.Rows, rows).Add(c => c.StatusNames, new Dictionary<string, string>()).Add(c => c.Now, Now)
            .Add(c => c.Wall, WallText.English).Add(c => c.CanForce, canForce).Add(c => c.Monitoring, monitoring ?? new HashSet<string>())
            .Add(c => c.OnForce, force ?? (_ => { })).Add(c => c.OnStopMonitor, stop ?? (_ => { })));

    [Fact]
    public void Render_WithPresenceManage_EveryAgentHasANamedSetStatusButtonThatRaisesOnForce()
    {
        AgentRow? forced = null;
        var cut = RenderGrid([Row("a1", "Ana Mora", null), Row("a2", "Bruno Solís", ChannelKind.Chat)], canForce: true, force: r => forced = r);

        Assert.Equal(2, cut.FindAll("[data-testid=force]").Count);
        var button = cut.Find("tr[data-agent=a2] [data-testid=force]");
        Assert.Equal("BUTTON", button.TagName);
        Assert.Equal("Set status of Bruno Solís", button.GetAttribute("aria-label"));

        button.Click();

        Assert.Equal("a2", forced?.AgentId);
    }

    [Fact]
    public void Render_WithoutPresenceManage_NoSetStatusButton()
    {
        var cut = RenderGrid([Row("a1", "Ana Mora", null)], canForce: false);

        Assert.Empty(cut.FindAll("[data-testid=force]"));
    }

    [Fact]
    public void Render_CallBeingMonitored_OnlyThatCallHasAStopButton()
    {
        AgentRow? stopped = null;
        var cut = RenderGrid([Row("a1", "Ana Mora", ChannelKind.Voice), Row("a2", "Bruno Solís", ChannelKind.Voice)], canForce: false,
            new HashSet<string> { "i-a2" }, stop: r => stopped = r);

        Assert.Null(cut.Find("tr[data-agent=a1]").QuerySelector("[data-testid=stop-monitor]"));

        cut.Find("tr[data-agent=a2] [data-testid=stop-monitor]").Click();

        Assert.Equal("a2", stopped?.AgentId);
    }
}
