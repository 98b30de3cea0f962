using Bunit;
using ContactCenter.Host.Shell.Components.Wallboard;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Tests.Components.Wallboard;

public sealed class AgentGridTests : ShellComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string> Statuses = new(StringComparer.Ordinal) { ["available"] = "Disponible" };

    private static AgentPresence Presence(string agentId, RoutingSubState state, TimeSpan since) => new()
    {
        AgentId = agentId, StatusId = "available", IsRoutable = true, StatusSince = Now - since, SubState = state, SubStateSince = Now - since,
    };

    private static Interaction Interaction(string id, ChannelKind channel) => new()
    {
        Id = id, Channel = channel, Direction = Direction.Inbound, State = InteractionState.Connected, Version = 3, CreatedAt = Now, StateChangedAt = Now, AgentId = "a",
    };

    private IRenderedComponent<AgentGrid> RenderGrid(AgentRow[] rows, Action<(AgentRow, ParticipationMode)>? monitor = null, Action<AgentRow>? note = null) =>
        Render<AgentGrid>(p => p.AddCascadingValue(Spanish).Add(c => c.Rows, rows).Add(c => c.StatusNames, Statuses).Add(c => c.Now, Now)
            .Add(c => c.Wall, WallText.Spanish).Add(c => c.OnMonitor, monitor ?? (_ => { })).Add(c => c.OnNote, note ?? (_ => { })));

    [Fact]
    public void Render_AgentsOnACallAndAChat_OffersCallActionsAndANoteWithStateAndTime()
    {
        (AgentRow Row, ParticipationMode Mode)? monitored = null;
        AgentRow? noted = null;
        var call = new AgentRow("a1", "Ana Mora", Presence("a1", RoutingSubState.OnContact, TimeSpan.FromSeconds(95)), Interaction("i-1", ChannelKind.Voice), 3);
        var chat = new AgentRow("a2", "Bruno Solís", Presence("a2", RoutingSubState.OnContact, TimeSpan.FromSeconds(5)), Interaction("i-2", ChannelKind.Chat), 0);
        var idle = new AgentRow("a3", "Carla Jiménez", Presence("a3", RoutingSubState.Idle, TimeSpan.FromMinutes(3)), null, 1);
        var cut = RenderGrid([call, chat, idle], m => monitored = m, r => noted = r);

        Assert.Equal(3, cut.FindAll("tbody th[scope=row]").Count);
        var first = cut.Find("tr[data-agent=a1]");
        Assert.Contains("Disponible", first.QuerySelector("[data-testid=agent-state]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1:35", first.QuerySelector("[data-testid=agent-time]")!.TextContent);
        Assert.Equal("Voice · Connected", first.QuerySelector("[data-testid=agent-current]")!.TextContent);
        Assert.Null(cut.Find("tr[data-agent=a3]").QuerySelector("button"));
        Assert.Null(cut.Find("tr[data-agent=a2]").QuerySelector("[data-testid=barge]"));

        cut.Find("tr[data-agent=a1] [data-testid=barge]").Click();
        cut.Find("tr[data-agent=a2] [data-testid=note]").Click();

        Assert.Equal(("a1", ParticipationMode.Barge), (monitored?.Row.AgentId, monitored?.Mode));
        Assert.Equal("a2", noted?.AgentId);
        Assert.Equal("Nota privada para Bruno Solís", cut.Find("tr[data-agent=a2] [data-testid=note]").GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_NoAgents_SaysSo()
    {
        var cut = RenderGrid([]);

        Assert.Equal("No hay agentes en tus equipos.", cut.Find("[data-testid=no-agents]").TextContent);
    }
}
