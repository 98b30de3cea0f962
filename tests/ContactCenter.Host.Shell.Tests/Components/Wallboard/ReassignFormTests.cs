using Bunit;
using ContactCenter.Host.Shell.Components.Wallboard;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Tests.Components.Wallboard;

/// <summary>The reassign picker: labelled native controls, exactly one target, and what is wrong said in the supervisor's language.</summary>
public sealed class ReassignFormTests : ShellComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private static readonly Agent[] Agents = [new() { Id = "a3", DisplayName = "Carla Jiménez" }, new() { Id = "a4", DisplayName = "Diego Vargas" }];

    private static readonly Queue[] Queues = [new() { Id = "q1", Name = new("Health, general", "Salud, general"), ServiceLineId = "salud" }];

    private static Interaction Chat(InteractionState state) => new()
    {
        Id = "chat-12345678", Channel = ChannelKind.Chat, Direction = Direction.Inbound, State = state, Version = 2, CreatedAt = Now, StateChangedAt = Now, QueueId = "q1",
        AgentId = state == InteractionState.Offered ? "a3" : null,
    };

    private IRenderedComponent<ReassignForm> RenderForm(InteractionState state, WallText wall, Action<(string?, string?)> apply, Agent[]? agents = null) =>
        Render<ReassignForm>(p => p.Add(c => c.Interaction, Chat(state)).Add(c => c.Agents, agents ?? Agents).Add(c => c.Queues, Queues)
            .Add(c => c.Wall, wall).Add(c => c.OnApply, apply));

    [Fact]
    public void Submit_NoAgentChosen_IsExplainedInSpanishAndNotApplied()
    {
        (string?, string?)? applied = null;
        var cut = RenderForm(InteractionState.Queued, WallText.Spanish, a => applied = a);

        cut.Find("form").Submit();

        Assert.Null(applied);
        Assert.Equal("Elige el agente que debe recibir este contacto.", cut.Find("[data-testid=reassign-error]").TextContent);
        Assert.Equal("true", cut.Find("[data-testid=reassign-agent]").GetAttribute("aria-invalid"));
        Assert.Equal("Reasignar Chat · 12345678", cut.Find("#reassign-title").TextContent);
        Assert.NotNull(cut.Find("label[for=reassign-agent]"));

        cut.Find("[data-testid=reassign-agent]").Change("a4");
        cut.Find("form").Submit();

        Assert.Equal(("a4", (string?)null), applied);
    }

    [Fact]
    public void Submit_QueuedContactToAQueue_IsExplainedInEnglishAndNotApplied()
    {
        (string?, string?)? applied = null;
        var cut = RenderForm(InteractionState.Queued, WallText.English, a => applied = a);
        cut.Find("[data-testid=reassign-to-queue]").Change(true);
        cut.Find("[data-testid=reassign-queue]").Change("q1");

        cut.Find("form").Submit();

        Assert.Null(applied);
        Assert.Equal("This contact already waits in a queue: choose an agent.", cut.Find("[data-testid=reassign-error]").TextContent);
    }

    [Fact]
    public void Submit_OfferedContactToAQueue_NeedsAQueueThenAppliesIt()
    {
        (string?, string?)? applied = null;
        var cut = RenderForm(InteractionState.Offered, WallText.English, a => applied = a);
        cut.Find("[data-testid=reassign-to-queue]").Change(true);

        cut.Find("form").Submit();

        Assert.Null(applied);
        Assert.Equal(WallText.English.QueueRequired, cut.Find("[data-testid=reassign-error]").TextContent);
        Assert.Contains("Health, general", cut.Find("[data-testid=reassign-queue]").TextContent, StringComparison.Ordinal);

        cut.Find("[data-testid=reassign-queue]").Change("q1");
        cut.Find("form").Submit();

        Assert.Equal(((string?)null, "q1"), applied);
    }

    [Fact]
    public void Render_NoAgentAvailable_SaysSoAndRefusesAnAgentTarget()
    {
        (string?, string?)? applied = null;
        var cut = RenderForm(InteractionState.Queued, WallText.Spanish, a => applied = a, agents: []);

        cut.Find("form").Submit();

        Assert.Equal(WallText.Spanish.NoAvailableAgents, cut.Find("[data-testid=reassign-no-agents]").TextContent);
        Assert.Equal(WallText.Spanish.AgentRequired, cut.Find("[data-testid=reassign-error]").TextContent);
        Assert.Null(applied);
    }
}
