using Bunit;
using ContactCenter.Host.Shell.Components;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Host.Shell.Tests.Support;

namespace ContactCenter.Host.Shell.Tests.Components;

public sealed class SupervisionBannerTests : ShellComponentTest
{
    private static SupervisionChanged Change(string interaction, string supervisor, SupervisionKind kind) =>
        new("a1", interaction, "sup-" + supervisor, supervisor, kind, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Render_TwoSupervisions_SaysWhoDoesWhatInSpanishInALiveRegion()
    {
        var cut = Render<SupervisionBanner>(p => p.AddCascadingValue(Spanish)
            .Add(c => c.Items, new[] { Change("i-1", "Ana", SupervisionKind.Coaching), Change("i-2", "Luis", SupervisionKind.Reading) }));

        var region = cut.Find("[data-testid=supervision]");
        Assert.Equal(("status", "polite"), (region.GetAttribute("role"), region.GetAttribute("aria-live")));
        Assert.Equal(["El supervisor Ana te está asesorando (solo tú le oyes).", "El supervisor Luis está leyendo este chat."],
            cut.FindAll("[data-testid=supervision-item]").Select(e => e.TextContent));
    }

    [Theory]
    [InlineData(SupervisionKind.Listening, "Supervisor Ana is listening to this call.")]
    [InlineData(SupervisionKind.InTheCall, "Supervisor Ana is in the call.")]
    public void Render_OneSupervisionInEnglish_NamesTheSupervisorAndTheMode(SupervisionKind kind, string expected)
    {
        var cut = Render<SupervisionBanner>(p => p.AddCascadingValue(English).Add(c => c.Items, new[] { Change("i-1", "Ana", kind) }));

        Assert.Equal(expected, cut.Find("[data-testid=supervision-item]").TextContent);
    }

    [Fact]
    public void Render_NoSupervision_KeepsTheEmptyLiveRegionOnly()
    {
        var cut = Render<SupervisionBanner>(p => p.AddCascadingValue(English).Add(c => c.Items, Array.Empty<SupervisionChanged>()));

        Assert.Empty(cut.FindAll("[data-testid=supervision-item]"));
        Assert.Equal("", cut.Find("[data-testid=supervision]").TextContent.Trim());
    }
}
