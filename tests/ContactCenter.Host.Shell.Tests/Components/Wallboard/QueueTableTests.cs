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
            AsaSeconds = 31, AhtSeconds = 3725,
        });

        Assert.Equal("Queues", cut.Find("caption").TextContent);
        Assert.Equal(9, cut.FindAll("th[scope=col]").Count);
        Assert.Equal("Autos, general", cut.Find("th[scope=row]").TextContent);
        var level = cut.Find("[data-testid=sl]");
        Assert.Contains("cc-bad", level.ClassList);
        Assert.Contains("Service level < 80%", level.TextContent, StringComparison.Ordinal);
        Assert.Equal(["62.5% ▼", "2", "1:15", "10", "5", "3", "0:31", "1:02:05"],
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
}
