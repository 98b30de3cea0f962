using Bunit;
using ContactCenter.Host.Shell.Components.Wallboard;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Tests.Components.Wallboard;

public sealed class ForceStatusFormTests : ShellComponentTest
{
    private static readonly PresenceStatusDefinition[] Statuses =
    [
        new() { Id = "available", Name = new("Available", "Disponible"), IsRoutable = true },
        new() { Id = "offline", Name = new("Offline", "Desconectado"), IsRoutable = false },
        new() { Id = "break", Name = new("Break", "Descanso"), IsRoutable = false, Reasons = [new PresenceReason("coffee", new("Coffee", "Café"))] },
    ];

    private static readonly AgentRow Row = new("a1", "Ana Mora", new AgentPresence
    {
        AgentId = "a1", StatusId = "available", IsRoutable = true, StatusSince = DateTimeOffset.UnixEpoch, SubState = RoutingSubState.Idle, SubStateSince = DateTimeOffset.UnixEpoch,
    }, null, 0);

    private IRenderedComponent<ForceStatusForm> RenderForm(Action<(string, string?)> apply) =>
        Render<ForceStatusForm>(p => p.Add(c => c.Row, Row).Add(c => c.Statuses, Statuses).Add(c => c.Wall, WallText.Spanish).Add(c => c.OnApply, apply));

    [Fact]
    public void Render_AgentAvailable_PreselectsAnotherStatusWithLabelledControlsInSpanish()
    {
        var cut = RenderForm(_ => { });

        Assert.Equal("offline", cut.Find("[data-testid=force-status]").GetAttribute("value"));
        Assert.Equal("Cambiar estado de Ana Mora", cut.Find("#force-title").TextContent);
        Assert.NotNull(cut.Find("label[for=force-status]"));
        Assert.Contains("Desconectado", cut.Find("[data-testid=force-status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_StatusWithoutReasons_AppliesItWithNoReason()
    {
        (string, string?)? applied = null;
        var cut = RenderForm(a => applied = a);

        cut.Find("form").Submit();

        Assert.Equal(("offline", (string?)null), applied);
    }

    [Fact]
    public void Submit_StatusWithReasonsButNoneChosen_IsExplainedAndNotApplied()
    {
        (string, string?)? applied = null;
        var cut = RenderForm(a => applied = a);
        cut.Find("[data-testid=force-status]").Change("break");

        cut.Find("form").Submit();

        Assert.Null(applied);
        Assert.Equal(WallText.Spanish.ReasonRequired, cut.Find("[data-testid=force-error]").TextContent);
        Assert.Equal("true", cut.Find("[data-testid=force-reason]").GetAttribute("aria-invalid"));

        cut.Find("[data-testid=force-reason]").Change("coffee");
        cut.Find("form").Submit();

        Assert.Equal(("break", "coffee"), applied);
    }
}
