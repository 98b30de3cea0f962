using Bunit;
using ContactCenter.Host.Shell.Components.Wallboard;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Kernel.Metrics;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Host.Shell.Tests.Components.Wallboard;

/// <summary>The supervisor's drill-down pieces: one agent, one queue, the "not found or not yours" answer and the links to them.</summary>
public sealed class DrillDownTests : ShellComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal) { ["autos-general"] = "Autos, general" };

    private static readonly Dictionary<string, string> Statuses = new(StringComparer.Ordinal)
    {
        ["available"] = "Disponible", ["break"] = "Descanso", ["offline"] = "Desconectado",
    };

    private static readonly MetricsSnapshot Snapshot = new() { ComputedAt = Now, Stale = false, WindowSeconds = 1800, Entries = [] };

    private static AgentPresence Presence(string agentId, string status, RoutingSubState state, TimeSpan since, params AgentWorkItem[] work) => new()
    {
        AgentId = agentId, StatusId = status, IsRoutable = status == "available", StatusSince = Now - since, SubState = state, SubStateSince = Now - since, Work = work,
    };

    private static Interaction Chat(string id, string? queue, string? contact) => new()
    {
        Id = id, Channel = ChannelKind.Email, Direction = Direction.Inbound, State = InteractionState.Connected, Version = 3, CreatedAt = Now, StateChangedAt = Now,
        AgentId = "a1", QueueId = queue, ContactId = contact,
    };

    private static AgentDrill Agent()
    {
        var mail = Chat("i-1", "autos-general", "c-42");
        var presence = Presence("a1", "available", RoutingSubState.OnContact, TimeSpan.FromSeconds(95),
            new AgentWorkItem("i-1", ChannelKind.Email, AgentWorkPhase.Connected, Now.AddMinutes(-4)));
        var row = new AgentRow("a1", "Ana Mora", presence, mail, 3);
        var today = new AgentDayMetrics
        {
            AgentId = "a1", Handled = 3, AhtSeconds = 125, Occupancy = 62.5, Transfers = 1,
            History = [new AgentStateChange(Now.AddHours(-2), "break", "coffee", RoutingSubState.Idle), new AgentStateChange(Now.AddSeconds(-95), "available", null, RoutingSubState.OnContact)],
        };
        return new AgentDrill(new WallboardView(Snapshot, [row]), row, [mail], today);
    }

    private IRenderedComponent<AgentDetail> RenderAgent(ShellText text, AgentDrill agent) => Render<AgentDetail>(p => p.AddCascadingValue(text)
        .Add(c => c.Agent, agent).Add(c => c.Names, Names).Add(c => c.StatusNames, Statuses).Add(c => c.Now, Now)
        .Add(c => c.Wall, WallText.For(text.Lang)).Add(c => c.Drill, DrillText.For(text.Lang)));

    [Fact]
    public void AgentDetail_AgentOnAnEmail_ShowsStateContactTodayAndHistoryInSpanish()
    {
        var cut = RenderAgent(Spanish, Agent());

        Assert.Equal("Disponible", cut.Find("[data-testid=agent-status]").TextContent);
        Assert.Equal(Spanish.OnContact, cut.Find("[data-testid=agent-substate]").TextContent);
        Assert.Equal("1:35", cut.Find("[data-testid=agent-time]").TextContent);
        var contact = cut.Find("tr[data-interaction=i-1]");
        Assert.Equal(Spanish.ChannelEmail, contact.QuerySelector("th")!.TextContent);
        Assert.Equal("c-42", contact.QuerySelector("[data-testid=contact-customer]")!.TextContent);
        var queue = contact.QuerySelector("[data-testid=queue-link]")!;
        Assert.Equal(("/supervisor/queues/autos-general", "Autos, general"), (queue.GetAttribute("href"), queue.TextContent));
        Assert.Equal("08:56:00 UTC", contact.QuerySelector("[data-testid=contact-since]")!.TextContent);
        Assert.Equal(["3", "2:05", "62.5%", "1"], cut.FindAll("[data-testid=agent-today] tbody td").Select(c => c.TextContent));
        Assert.Equal("Contactos en curso", cut.Find("[data-testid=agent-contacts] caption").TextContent);
        Assert.Equal("Historial de estados de hoy", cut.Find("[data-testid=agent-history] caption").TextContent);
        Assert.Equal(
            [["07:00:00 UTC", "Descanso", "coffee", Spanish.Idle], ["08:58:25 UTC", "Disponible", "", Spanish.OnContact]],
            cut.FindAll("[data-testid=history-entry]").Select(r => r.Children.Select(c => c.TextContent).ToArray()));
        Assert.Empty(cut.FindAll("[data-testid=no-contacts]"));
    }

    [Fact]
    public void AgentDetail_OfflineAgentWithNothingTodayInEnglish_SaysNoneAndNotAvailable()
    {
        var row = new AgentRow("a2", "Bruno Solís", null, null, 0);
        var cut = RenderAgent(English, new AgentDrill(new WallboardView(Snapshot, [row]), row, [], new AgentDayMetrics { AgentId = "a2" }));

        Assert.Equal("None", cut.Find("[data-testid=agent-now]").TextContent);
        Assert.Equal("No contact in hand.", cut.Find("[data-testid=no-contacts]").TextContent);
        Assert.Equal(["0", "n/a", "n/a", "0"], cut.FindAll("[data-testid=agent-today] tbody td").Select(c => c.TextContent));
        Assert.Equal("Status history today", cut.Find("[data-testid=agent-history] caption").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=history-entry]"));
    }

    private static QueueDrill Queue(double? serviceLevel, params MetricAlertChanged[] alerts)
    {
        var queue = new Queue { Id = "autos-general", Name = new LocalizedText("Autos, general", "Autos, general"), ServiceLineId = "autos", ServiceLevel = new ServiceLevelTarget(80, TimeSpan.FromSeconds(20)) };
        var figures = new ScopeMetrics
        {
            Scope = MetricScope.Queue, Key = "autos-general", Waiting = 2, OldestWaitSeconds = 130, ServiceLevel = serviceLevel, Answered = 7, Abandoned = 1,
            AbandonRate = 12.5, AsaSeconds = 14, AhtSeconds = 3725, Transfers = 2, InternalWaiting = 3, Internal = 4,
        };
        WaitingContact[] waiting =
        [
            new("i-old", ChannelKind.Chat, InteractionState.Queued, Now.AddSeconds(-130), 130),
            new("i-new", ChannelKind.Voice, InteractionState.Offered, Now.AddSeconds(-9), 9),
        ];
        AgentRow[] agents =
        [
            new("a1", "Ana Mora", Presence("a1", "available", RoutingSubState.OnContact, TimeSpan.FromMinutes(1)), null, 2),
            new("a2", "Bruno Solís", Presence("a2", "available", RoutingSubState.Idle, TimeSpan.FromMinutes(2)), null, 0),
            new("a3", "Carla Jiménez", Presence("a3", "available", RoutingSubState.OnContact, TimeSpan.FromMinutes(3)), null, 4),
            new("a4", "Diego Ruiz", null, null, 0),
        ];
        return new QueueDrill(new WallboardView(Snapshot, agents), queue, figures, waiting, agents, alerts);
    }

    private IRenderedComponent<QueueDetail> RenderQueue(ShellText text, QueueDrill queue) => Render<QueueDetail>(p => p.AddCascadingValue(text)
        .Add(c => c.Queue, queue).Add(c => c.Names, Names).Add(c => c.StatusNames, Statuses).Add(c => c.Now, Now).Add(c => c.WindowSeconds, 1800)
        .Add(c => c.Wall, WallText.For(text.Lang)).Add(c => c.Drill, DrillText.For(text.Lang)));

    [Fact]
    public void QueueDetail_BelowTarget_ColoursAndSaysItListsWaitingOldestFirstAndAgentsByState()
    {
        var alert = new MetricAlertChanged
        {
            RuleId = "sl", TargetKind = "queue", TargetId = "autos-general", Metric = "service-level-below", Threshold = 80, Value = 70, Raised = true, At = Now,
        };

        var cut = RenderQueue(English, Queue(70, alert));

        var level = cut.Find("[data-testid=sl]");
        Assert.Contains("cc-bad", level.ClassList);
        Assert.Equal("70% ▼ below target", level.TextContent.Trim());
        Assert.Contains("target 80%", cut.Find("[data-testid=queue-figures] tbody tr th").TextContent, StringComparison.Ordinal);
        Assert.Equal("Figures (last 30 min)", cut.Find("[data-testid=queue-figures] caption").TextContent);
        Assert.Equal(["2", "2:10", "0:14", "1:02:05", "12.5%", "7", "1", "2", "3", "4"],
            cut.FindAll("[data-testid=queue-figures] tbody td").Skip(1).Select(c => c.TextContent));
        Assert.Equal([("i-old", "2:10"), ("i-new", "0:09")],
            cut.FindAll("[data-testid=waiting-contact]").Select(r => (r.GetAttribute("data-interaction"), r.QuerySelector("[data-testid=wait]")!.TextContent)));
        Assert.Equal("Service level of Autos, general is 70% (target 80%).", cut.Find("[data-testid=alert]").TextContent);
        Assert.Equal(["Desconectado (1)", $"{English.OnContact} (2)", $"{English.Idle} (1)"], cut.FindAll("[data-testid=agent-state-group]").Select(h => h.TextContent));
        Assert.Equal(
            ["/supervisor/agents/a4", "/supervisor/agents/a1", "/supervisor/agents/a3", "/supervisor/agents/a2"],
            cut.FindAll("[data-testid=queue-agents] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void QueueDetail_OnTargetNobodyWaitingInSpanish_GreenAndSaysNobodyWaits()
    {
        var drill = Queue(92.5) with { Waiting = [], Agents = [] };

        var cut = RenderQueue(Spanish, drill);

        Assert.Contains("cc-good", cut.Find("[data-testid=sl]").ClassList);
        Assert.Equal("92.5%", cut.Find("[data-testid=sl]").TextContent.Trim());
        Assert.Equal("Nadie está esperando.", cut.Find("[data-testid=none-waiting]").TextContent);
        Assert.Equal("Ningún agente de tus equipos atiende esta cola.", cut.Find("[data-testid=no-agents-serving]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=alert]"));
        // Three consultations wait and none is in the waiting list: the internal rows say so, in Spanish.
        Assert.Equal(
            [("Internos en espera", "3"), ("Internos terminados", "4")],
            cut.FindAll("[data-testid=queue-figures] tr.cc-internal").Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td")!.TextContent)));
        Assert.Equal("queue-internal-note", cut.Find("[data-testid=queue-figures]").GetAttribute("aria-describedby"));
        Assert.StartsWith("Internos: consultas entre agentes", cut.Find("#queue-internal-note").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "No encontrado o fuera de tus equipos", "Volver al tablero")]
    [InlineData("en", "Not found, or not in your teams", "Back to the wallboard")]
    public void DrillNotYours_BothLanguages_SaysNotFoundOrNotYoursAndLinksBack(string lang, string words, string back)
    {
        var cut = Render<DrillNotYours>(p => p.Add(c => c.Drill, DrillText.For(lang)));

        Assert.StartsWith(words, cut.Find("[data-testid=not-yours]").TextContent.Trim(), StringComparison.Ordinal);
        var link = cut.Find("[data-testid=back-to-wallboard]");
        Assert.Equal(("/supervisor", back), (link.GetAttribute("href"), link.TextContent));
    }

    [Fact]
    public void SupervisorFrame_AgentPage_BreadcrumbsBackToTheWallboardAndAKeepsTheAddressForTheLanguageSwitch()
    {
        var cut = Render<SupervisorFrame>(p => p.AddCascadingValue(Spanish).Add(c => c.Title, "Agente Ana Mora").Add(c => c.Path, DrillLinks.Agent("a 1"))
            .Add(c => c.Current, "Ana Mora").Add(c => c.Wall, WallText.Spanish).Add(c => c.Drill, DrillText.Spanish));

        Assert.Equal("Ruta de navegación", cut.Find("nav[data-testid=breadcrumbs]").GetAttribute("aria-label"));
        var home = cut.Find("[data-testid=crumb-wallboard]");
        Assert.Equal(("/supervisor", "Tablero del supervisor"), (home.GetAttribute("href"), home.TextContent));
        Assert.Equal("Ana Mora", cut.Find("li[aria-current=page]").TextContent);
        Assert.Equal("/supervisor/agents/a%201?lang=en", cut.Find("[data-testid=language-switch]").GetAttribute("href"));
    }

    [Fact]
    public void AgentGridAndQueueTable_Names_LinkToTheirPagesButServiceLinesDoNot()
    {
        var grid = Render<AgentGrid>(p => p.AddCascadingValue(English).Add(c => c.Rows, [new AgentRow("a/1", "Ana Mora", null, null, 0)])
            .Add(c => c.StatusNames, Statuses).Add(c => c.Now, Now).Add(c => c.Wall, WallText.English));
        var table = Render<QueueTable>(p => p.Add(c => c.Names, Names).Add(c => c.Caption, "Queues").Add(c => c.Wall, WallText.English).Add(c => c.Entries,
            [new ScopeMetrics { Scope = MetricScope.Queue, Key = "autos-general" }, new ScopeMetrics { Scope = MetricScope.ServiceLine, Key = "autos" }]));

        var agent = grid.Find("th[scope=row] a[data-testid=agent-link]");
        Assert.Equal(("/supervisor/agents/a%2F1", "Ana Mora"), (agent.GetAttribute("href"), agent.TextContent));
        var queue = Assert.Single(table.FindAll("a[data-testid=queue-link]"));
        Assert.Equal(("/supervisor/queues/autos-general", "Autos, general"), (queue.GetAttribute("href"), queue.TextContent));
        Assert.Equal("autos", table.Find("tr[data-key=autos] th").TextContent.Trim());
    }
}
