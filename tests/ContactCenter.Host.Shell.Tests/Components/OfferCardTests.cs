using Bunit;
using ContactCenter.Host.Shell.Components;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Tests.Components;

public sealed class OfferCardTests : ShellComponentTest
{
    private static readonly DateTimeOffset OfferedAt = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private static readonly AgentWorkItem Offer = new("i-1", ChannelKind.Chat, AgentWorkPhase.Offered, OfferedAt);

    private static readonly Interaction Interaction = new()
    {
        Id = "i-1", Channel = ChannelKind.Chat, Direction = Direction.Inbound, State = InteractionState.Offered, Version = 3,
        CreatedAt = OfferedAt, StateChangedAt = OfferedAt, OfferExpiresAt = OfferedAt.AddSeconds(20),
    };

    [Fact]
    public void Render_AsTimePasses_CountsDownButAnnouncesOnlyOnce()
    {
        var cut = Render<OfferCard>(p => p.AddCascadingValue(English)
            .Add(c => c.Offer, Offer).Add(c => c.Interaction, Interaction).Add(c => c.Now, OfferedAt.AddSeconds(8)));
        var announcement = cut.Find("[data-testid=offer-announcement]").TextContent;

        Assert.Equal("12 s left", cut.Find("[data-testid=offer-countdown]").TextContent);
        cut.Render(p => p.Add(c => c.Now, OfferedAt.AddSeconds(15)));

        Assert.Equal("5 s left", cut.Find("[data-testid=offer-countdown]").TextContent);
        Assert.Equal(announcement, cut.Find("[data-testid=offer-announcement]").TextContent);
        Assert.Equal("New Chat contact offered. 20 seconds to answer.", announcement);
        Assert.Equal("assertive", cut.Find("[data-testid=offer-announcement]").GetAttribute("aria-live"));
    }

    [Fact]
    public void Accept_BeforeTheDeadline_RaisesAccept()
    {
        var accepted = 0;
        var cut = Render<OfferCard>(p => p.AddCascadingValue(Spanish).Add(c => c.Offer, Offer).Add(c => c.Interaction, Interaction)
            .Add(c => c.Now, OfferedAt.AddSeconds(1)).Add(c => c.OnAccept, () => accepted++));

        cut.Find("[data-testid=offer-accept]").Click();

        Assert.Equal(1, accepted);
        Assert.Contains("Aceptar (Alt+A)", cut.Find("[data-testid=offer-accept]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PastTheDeadline_DisablesBothButtonsAndShowsZero()
    {
        var cut = Render<OfferCard>(p => p.AddCascadingValue(English).Add(c => c.Offer, Offer).Add(c => c.Interaction, Interaction)
            .Add(c => c.Now, OfferedAt.AddSeconds(25)));

        Assert.Equal("0 s left", cut.Find("[data-testid=offer-countdown]").TextContent);
        Assert.True(cut.Find("[data-testid=offer-accept]").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=offer-reject]").HasAttribute("disabled"));
    }

    [Fact]
    public void Render_DeadlineNotKnownYet_NoCountdownAndNoSecondsAnnounced()
    {
        var cut = Render<OfferCard>(p => p.AddCascadingValue(Spanish).Add(c => c.Offer, Offer).Add(c => c.Interaction, Interaction with { OfferExpiresAt = null })
            .Add(c => c.Now, OfferedAt.AddSeconds(3)));

        Assert.Empty(cut.FindAll("[data-testid=offer-countdown]"));
        Assert.Equal("Nuevo contacto de Chat.", cut.Find("[data-testid=offer-announcement]").TextContent);
        Assert.False(cut.Find("[data-testid=offer-accept]").HasAttribute("disabled"));
    }
}
