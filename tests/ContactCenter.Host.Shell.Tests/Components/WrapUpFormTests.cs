using Bunit;
using ContactCenter.Host.Shell.Components;
using ContactCenter.Host.Shell.Services;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Tests.Components;

public sealed class WrapUpFormTests : ShellComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private static readonly ShellDisposition[] Dispositions =
    [
        new() { Code = "resolved", En = "Resolved", Es = "Resuelto" },
        new() { Code = "complaint", En = "Complaint", Es = "Queja", NotesRequired = true },
    ];

    private static readonly TimeSpan OneMinute = TimeSpan.FromMinutes(1);

    private IRenderedComponent<WrapUpForm> RenderForm(Action<DispositionRef> finished, DateTimeOffset? endsAt = null, Action? extend = null,
        int left = 3, bool fixedTime = false) =>
        Render<WrapUpForm>(p =>
        {
            p.AddCascadingValue(Spanish).Add(c => c.InteractionId, "i-1").Add(c => c.Dispositions, Dispositions).Add(c => c.Now, Now)
                .Add(c => c.EndsAt, endsAt).Add(c => c.OnFinish, finished).Add(c => c.ExtensionsLeft, left).Add(c => c.ExtendKeys, "Alt+X")
                .Add(c => c.Extension, fixedTime ? null : OneMinute);
            if (extend is not null)
            {
                p.Add(c => c.OnExtend, extend);
            }
        });

    [Fact]
    public void Finish_WithoutDisposition_ExplainsInSpanishAndDoesNotFinish()
    {
        DispositionRef? finished = null;
        var cut = RenderForm(d => finished = d);

        cut.Find("[data-testid=wrapup-finish]").Click();

        Assert.Null(finished);
        Assert.Equal("Elige una tipificación antes de terminar.", cut.Find("[data-testid=wrapup-disposition-error]").TextContent);
        Assert.Equal("true", cut.Find("[data-testid=wrapup-disposition]").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Finish_NotesOverTheLimit_ExplainsAndDoesNotFinish()
    {
        DispositionRef? finished = null;
        var cut = RenderForm(d => finished = d);

        cut.Find("[data-testid=wrapup-disposition]").Change("resolved");
        cut.Find("[data-testid=wrapup-notes]").Input(new string('x', WrapUpForm.MaxNotes + 1));
        cut.Find("[data-testid=wrapup-finish]").Click();

        Assert.Null(finished);
        Assert.Equal("Como máximo 1000 caracteres.", cut.Find("[data-testid=wrapup-notes-error]").TextContent);
    }

    [Fact]
    public void Finish_DispositionNeedingNotesWithoutNotes_ExplainsAndDoesNotFinish()
    {
        DispositionRef? finished = null;
        var cut = RenderForm(d => finished = d);

        cut.Find("[data-testid=wrapup-disposition]").Change("complaint");
        cut.Find("[data-testid=wrapup-notes]").Input("   ");
        cut.Find("[data-testid=wrapup-finish]").Click();

        Assert.Null(finished);
        Assert.Equal("Esta tipificación requiere una nota.", cut.Find("[data-testid=wrapup-notes-error]").TextContent);
    }

    [Fact]
    public void Finish_Valid_RaisesCodeWithTrimmedNotes()
    {
        DispositionRef? finished = null;
        var cut = RenderForm(d => finished = d);

        cut.Find("[data-testid=wrapup-disposition]").Change("complaint");
        cut.Find("[data-testid=wrapup-notes]").Input("  Cliente molesto por la demora  ");
        cut.Find("[data-testid=wrapup-finish]").Click();

        Assert.Equal(new DispositionRef("complaint", "Cliente molesto por la demora"), finished);
    }

    [Fact]
    public void Render_TimedWrapUpNearItsEnd_WarnsPolitelyAndOffersToExtendWithTheShortcut()
    {
        var extended = 0;
        var cut = RenderForm(_ => { }, endsAt: Now.AddSeconds(15), extend: () => extended++);

        Assert.Equal("Tiempo de cierre restante: 0:15", cut.Find("[data-testid=wrapup-timer]").TextContent);
        var announcer = cut.Find("[data-testid=wrapup-announcer]");
        Assert.Equal(("status", "polite"), (announcer.GetAttribute("role"), announcer.GetAttribute("aria-live")));
        Assert.Equal("El cierre termina en menos de 20 segundos. Pulsa Alt+X o el botón Ampliar para tener más tiempo.",
            System.Text.RegularExpressions.Regex.Replace(announcer.TextContent.Trim(), @"\s+", " "));
        Assert.Equal("Ampliar 1:00 (Alt+X)", cut.Find("[data-testid=wrapup-extend]").TextContent.Trim());
        Assert.Equal("Quedan 3 ampliaciones", cut.Find("[data-testid=wrapup-extensions-left]").TextContent);
        cut.Find("[data-testid=wrapup-extend]").Click();
        Assert.Equal(1, extended);
    }

    [Fact]
    public void Render_TimedWrapUpFarFromItsEnd_OffersToExtendButTheLiveRegionStaysEmpty()
    {
        var cut = RenderForm(_ => { }, endsAt: Now.AddMinutes(4), extend: () => { });

        Assert.Empty(cut.FindAll("[data-testid=wrapup-warning]"));
        // The live region exists before the warning so that screen readers announce the warning when it is added.
        Assert.Empty(cut.Find("[data-testid=wrapup-announcer]").TextContent.Trim());
        Assert.Equal("Tiempo de cierre restante: 4:00", cut.Find("[data-testid=wrapup-timer]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=wrapup-extend]"));
    }

    [Fact]
    public void Render_WarningCrossesTwentySeconds_TheWarningAppearsInTheExistingLiveRegion()
    {
        var cut = RenderForm(_ => { }, endsAt: Now.AddSeconds(21), extend: () => { });
        Assert.Empty(cut.FindAll("[data-testid=wrapup-warning]"));

        cut.Render(p => p.Add(c => c.Now, Now.AddSeconds(1)));

        Assert.Single(cut.FindAll("[data-testid=wrapup-announcer] [data-testid=wrapup-warning]"));
    }

    [Fact]
    public void Render_FixedQueue_WarnsWithoutExtendAndSaysWhy()
    {
        var cut = RenderForm(_ => { }, endsAt: Now.AddSeconds(10), extend: () => { }, fixedTime: true);

        Assert.Empty(cut.FindAll("[data-testid=wrapup-extend]"));
        Assert.Contains("no se puede ampliar", cut.Find("[data-testid=wrapup-warning]").TextContent, StringComparison.Ordinal);
        Assert.Contains("no se puede ampliar", cut.Find("[data-testid=wrapup-no-extend]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoExtensionsLeft_NoButtonAndTheTimeoutIsExplained()
    {
        var cut = RenderForm(_ => { }, endsAt: Now.AddSeconds(10), extend: () => { }, left: 0);

        Assert.Empty(cut.FindAll("[data-testid=wrapup-extend]"));
        Assert.StartsWith("No quedan ampliaciones", cut.Find("[data-testid=wrapup-no-extend]").TextContent, StringComparison.Ordinal);
        Assert.Contains("No quedan ampliaciones", cut.Find("[data-testid=wrapup-warning]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_English_ExtendButtonAndWarningInEnglish()
    {
        var cut = Render<WrapUpForm>(p => p.AddCascadingValue(ContactCenter.Host.Shell.Text.ShellText.English).Add(c => c.InteractionId, "i-1")
            .Add(c => c.Dispositions, Dispositions).Add(c => c.Now, Now).Add(c => c.EndsAt, Now.AddSeconds(5)).Add(c => c.Extension, TimeSpan.FromSeconds(30))
            .Add(c => c.ExtensionsLeft, 10).Add(c => c.ExtendKeys, "Alt+X").Add(c => c.OnExtend, () => { }));

        Assert.Equal("Extend by 0:30 (Alt+X)", cut.Find("[data-testid=wrapup-extend]").TextContent.Trim());
        Assert.Contains("Wrap-up ends in less than 20 seconds.", cut.Find("[data-testid=wrapup-warning]").TextContent, StringComparison.Ordinal);
    }
}
