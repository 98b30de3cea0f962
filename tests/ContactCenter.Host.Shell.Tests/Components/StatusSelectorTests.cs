using Bunit;
using ContactCenter.Host.Shell.Components;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Tests.Components;

public sealed class StatusSelectorTests : ShellComponentTest
{
    private static readonly DateTimeOffset Since = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private static readonly PresenceStatusDefinition[] Statuses =
    [
        new() { Id = "available", Name = new("Available", "Disponible"), IsRoutable = true },
        new() { Id = "break", Name = new("Break", "Pausa"), IsRoutable = false, Reasons = [new("coffee", new("Coffee", "Café"))] },
    ];

    private static AgentPresence Presence(RoutingSubState subState) => new()
    {
        AgentId = "agent1", StatusId = "available", IsRoutable = true, StatusSince = Since, SubState = subState, SubStateSince = Since.AddSeconds(30),
    };

    [Fact]
    public void Render_PresenceOnContact_ShowsStatusTimerAndSubStateInSpanish()
    {
        var cut = Render<StatusSelector>(p => p.AddCascadingValue(Spanish)
            .Add(c => c.Statuses, Statuses).Add(c => c.Presence, Presence(RoutingSubState.OnContact)).Add(c => c.Now, Since.AddSeconds(75)));

        Assert.Equal("Disponible", cut.Find("[data-testid=status-current]").TextContent);
        Assert.Equal("1:15", cut.Find("[data-testid=status-timer]").TextContent);
        Assert.Contains("En contacto · 0:45", cut.Find("[data-testid=substate]").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RoutingSubState.Reserved, "Reserved")]
    [InlineData(RoutingSubState.WrapUp, "Wrap-up")]
    [InlineData(RoutingSubState.NotResponding, "Not responding")]
    public void Render_SystemSubState_IsNamed(RoutingSubState subState, string expected)
    {
        var cut = Render<StatusSelector>(p => p.AddCascadingValue(English)
            .Add(c => c.Statuses, Statuses).Add(c => c.Presence, Presence(subState)).Add(c => c.Now, Since));

        Assert.Contains(expected, cut.Find("[data-testid=substate]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SetStatus_StatusWithReasonsButNoReason_ExplainsInSpanishAndChangesNothing()
    {
        StatusChoice? chosen = null;
        var cut = Render<StatusSelector>(p => p.AddCascadingValue(Spanish).Add(c => c.Statuses, Statuses)
            .Add(c => c.Presence, Presence(RoutingSubState.Idle)).Add(c => c.OnSetStatus, (StatusChoice c) => chosen = c));

        cut.Find("#status-select").Change("break");
        cut.Find("[data-testid=status-set]").Click();

        Assert.Null(chosen);
        Assert.Equal("Elige un motivo para este estado.", cut.Find("[data-testid=status-error]").TextContent);
        Assert.Equal("true", cut.Find("#reason-select").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void SetStatus_ReasonChosen_RaisesStatusAndReason()
    {
        StatusChoice? chosen = null;
        var cut = Render<StatusSelector>(p => p.AddCascadingValue(English).Add(c => c.Statuses, Statuses)
            .Add(c => c.Presence, Presence(RoutingSubState.Idle)).Add(c => c.OnSetStatus, (StatusChoice c) => chosen = c));

        cut.Find("#status-select").Change("break");
        cut.Find("#reason-select").Change("coffee");
        cut.Find("[data-testid=status-set]").Click();

        Assert.Equal(new StatusChoice("break", "coffee"), chosen);
        Assert.Empty(cut.FindAll("[data-testid=status-error]"));
    }
}
