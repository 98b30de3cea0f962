using Bunit;
using ContactCenter.Host.Shell.Components.Wallboard;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Kernel.Metrics;

namespace ContactCenter.Host.Shell.Tests.Components.Wallboard;

public sealed class QueueTableTests : ShellComponentTest
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal) { ["autos-general"] = "Autos, general" };

    private IRenderedComponent<QueueTable> RenderTable(WallText wall, params ScopeMetrics[] entries) => Render<QueueTable>(p => p
        .Add(c => c.Entries, entries).Add(c => c.Names, Names).Add(c => c.Caption, wall.Queues).Add(c => c.Wall, wall)
        .Add(c => c.Targets, new Dictionary<string, double>(StringComparer.Ordinal) { ["autos-general"] = 80 }));

    [Fact]
    public void Render_QueueBelowTarget_ShowsFiguresWithTableSemanticsAndMarksTheLevelInWords()
    {
        var cut = RenderTable(WallText.English, new ScopeMetrics
        {
            Scope = MetricScope.Queue, Key = "autos-general", Waiting = 2, OldestWaitSeconds = 75.4, ServiceLevel = 62.5, Answered = 5, Abandoned = 3,
            AsaSeconds = 31, AhtSeconds = 3725, InternalWaiting = 4, Internal = 6,
        });

        Assert.Equal("Queues", cut.Find("caption").TextContent);
        Assert.Equal(11, cut.FindAll("th[scope=col]").Count);
        Assert.Equal("Autos, general", cut.Find("th[scope=row]").TextContent);
        var level = cut.Find("[data-testid=sl]");
        Assert.Contains("cc-bad", level.ClassList);
        Assert.Contains("Service level < 80%", level.TextContent, StringComparison.Ordinal);
        Assert.Equal(["62.5% ▼", "2", "1:15", "10", "5", "3", "0:31", "1:02:05", "4", "6"],
            cut.FindAll("tbody td").Select(c => c.TextContent.Replace("(Service level < 80%)", "", StringComparison.Ordinal).Trim()));
    }

    [Fact]
    public void Render_NoAnsweredContactsInSpanish_ShowsNotAvailableUncoloured()
    {
        var cut = RenderTable(WallText.Spanish, new ScopeMetrics { Scope = MetricScope.Queue, Key = "salud-general" });

        Assert.Equal("salud-general", cut.Find("th[scope=row]").TextContent);
        Assert.Equal("n/d", cut.Find("[data-testid=sl]").TextContent.Trim());
        Assert.DoesNotContain("cc-bad", cut.Find("[data-testid=sl]").ClassList);
        Assert.Equal("Nivel de servicio", cut.FindAll("th[scope=col]")[1].TextContent);
    }

    [Fact]
    public void Render_OnlyInternalWorkWaiting_CustomerFiguresStayZeroAndInternalColumnsSayItApartInEnglish()
    {
        // The supervisor's puzzle: "0 waiting" while two consultations wait in the queue.
        var cut = RenderTable(WallText.English, new ScopeMetrics { Scope = MetricScope.Queue, Key = "autos-general", InternalWaiting = 2, Internal = 3 });

        var row = cut.Find("tr[data-key=autos-general]");
        Assert.Equal(("0", "0", "0"), (Cell(row, "waiting"), Cell(row, "offered"), Cell(row, "answered")));
        Assert.Equal(("2", "3"), (Cell(row, "internal-waiting"), Cell(row, "internal-ended")));
        var headers = cut.FindAll("th[scope=col]");
        Assert.Equal(["Internal waiting", "Internal ended"], headers.TakeLast(2).Select(h => h.TextContent));
        Assert.Equal("Internal work (not customers) waiting now: consultations between agents and internal calls.", headers[^2].GetAttribute("title"));
        Assert.Equal("Internal work (not customers) that ended in the window, answered or not.", headers[^1].GetAttribute("title"));
        Assert.All(headers.TakeLast(2), h => Assert.Contains("cc-internal", h.ClassList));
        Assert.Equal(["internal-waiting", "internal-ended"], row.QuerySelectorAll("td.cc-internal").Select(c => c.GetAttribute("data-testid")));
        var note = cut.Find("[data-testid=internal-note]");
        Assert.Equal(note.Id, cut.Find("table").GetAttribute("aria-describedby"));
        Assert.StartsWith("Internal: consultations between agents and internal calls. They are not customers", note.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InternalWorkInSpanish_LabelsTooltipsAndNoteInSpanishAndZerosShown()
    {
        var cut = RenderTable(WallText.Spanish, new ScopeMetrics { Scope = MetricScope.Queue, Key = "autos-general", Waiting = 1 });

        var headers = cut.FindAll("th[scope=col]");
        Assert.Equal(["Internos en espera", "Internos terminados"], headers.TakeLast(2).Select(h => h.TextContent));
        Assert.StartsWith("Trabajo interno (no son clientes) en espera ahora", headers[^2].GetAttribute("title"), StringComparison.Ordinal);
        Assert.StartsWith("Trabajo interno (no son clientes) que terminó en la ventana", headers[^1].GetAttribute("title"), StringComparison.Ordinal);
        Assert.StartsWith("Internos: consultas entre agentes y llamadas internas. No son clientes", cut.Find("[data-testid=internal-note]").TextContent, StringComparison.Ordinal);
        var row = cut.Find("tr[data-key=autos-general]");
        Assert.Equal(("1", "0", "0"), (Cell(row, "waiting"), Cell(row, "internal-waiting"), Cell(row, "internal-ended")));
    }

    [Fact]
    public void Render_NewSnapshot_InternalCellsFollowIt()
    {
        var cut = RenderTable(WallText.English, new ScopeMetrics { Scope = MetricScope.Queue, Key = "autos-general", InternalWaiting = 2 });

        // The consultations were answered and ended, one more arrived: the wallboard's next read hands the table new entries.
        cut.Render(p => p.Add(c => c.Entries, [new ScopeMetrics { Scope = MetricScope.Queue, Key = "autos-general", InternalWaiting = 1, Internal = 2, Answered = 1 }]));

        var row = cut.Find("tr[data-key=autos-general]");
        Assert.Equal(("1", "2", "1"), (Cell(row, "internal-waiting"), Cell(row, "internal-ended"), Cell(row, "answered")));
    }

    [Fact]
    public void Render_TwoTablesOnOnePage_EachPointsToItsOwnNote()
    {
        var queues = RenderTable(WallText.English, new ScopeMetrics { Scope = MetricScope.Queue, Key = "autos-general" });
        var lines = Render<QueueTable>(p => p.Add(c => c.Entries, [new ScopeMetrics { Scope = MetricScope.ServiceLine, Key = "autos", InternalWaiting = 1 }])
            .Add(c => c.Names, Names).Add(c => c.Caption, WallText.English.ServiceLines).Add(c => c.TestId, "lines").Add(c => c.Wall, WallText.English));

        Assert.Equal(("queues-internal-note", "lines-internal-note"), (queues.Find("table").GetAttribute("aria-describedby"), lines.Find("table").GetAttribute("aria-describedby")));
        Assert.Equal("lines-internal-note", lines.Find("[data-testid=internal-note]").Id);
        Assert.Equal("1", Cell(lines.Find("tr[data-key=autos]"), "internal-waiting"));
    }

    private static string Cell(AngleSharp.Dom.IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();
}
