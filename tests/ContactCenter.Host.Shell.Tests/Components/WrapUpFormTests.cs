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

    private IRenderedComponent<WrapUpForm> RenderForm(Action<DispositionRef> finished, DateTimeOffset? endsAt = null, Action? extend = null) =>
        Render<WrapUpForm>(p =>
        {
            p.AddCascadingValue(Spanish).Add(c => c.InteractionId, "i-1").Add(c => c.Dispositions, Dispositions).Add(c => c.Now, Now)
                .Add(c => c.EndsAt, endsAt).Add(c => c.OnFinish, finished);
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
    public void Render_TimedWrapUpNearItsEnd_WarnsAndOffersToExtend()
    {
        var extended = 0;
        var cut = RenderForm(_ => { }, endsAt: Now.AddSeconds(15), extend: () => extended++);

        Assert.Equal("Tiempo de cierre restante: 0:15", cut.Find("[data-testid=wrapup-timer]").TextContent);
        Assert.Equal("alert", cut.Find("[data-testid=wrapup-warning]").GetAttribute("role"));
        cut.Find("[data-testid=wrapup-extend]").Click();
        Assert.Equal(1, extended);
    }

    [Fact]
    public void Render_TimedWrapUpFarFromItsEnd_DoesNotWarn()
    {
        var cut = RenderForm(_ => { }, endsAt: Now.AddMinutes(4));

        Assert.Empty(cut.FindAll("[data-testid=wrapup-warning]"));
        Assert.Equal("Tiempo de cierre restante: 4:00", cut.Find("[data-testid=wrapup-timer]").TextContent);
    }

    [Fact]
    public void Render_NoExtensionAllowed_WarnsAndSaysWhy()
    {
        var cut = RenderForm(_ => { }, endsAt: Now.AddSeconds(10));

        Assert.Empty(cut.FindAll("[data-testid=wrapup-extend]"));
        Assert.Contains("no se puede ampliar", cut.Find("[data-testid=wrapup-warning]").TextContent, StringComparison.Ordinal);
    }
}
