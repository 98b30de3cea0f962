using System.Security.Claims;
using Bunit;
using ContactCenter.Host.Shell.Components.Wallboard;
using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Host.Shell.Text;
using ContactCenter.Kernel;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Events;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Shell.Tests.Components.Wallboard;

/// <summary>
/// The conversation a supervisor reads in the note form: the whole transcript (authors, direction, time, notes marked,
/// attachments), new messages as the kernel announces them, and nothing at all for a chat that is not theirs.
/// </summary>
public sealed class LiveTranscriptTests : ShellComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly ClaimsPrincipal Supervisor = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "supervisor1")], "test"));
    private readonly RelayBus _bus = new();
    private readonly Transcripts _transcripts = new();

    public LiveTranscriptTests()
    {
        Services.AddSingleton<IEventBus>(_bus);
        Services.AddSingleton<IChatTranscripts>(_transcripts);
        _transcripts.Add("chat-1", Message(1, MessageKind.Incoming, "Choqué el carro", attachments: [new MessageAttachment("f1", "parte.pdf", "application/pdf", 2048)]));
        _transcripts.Add("chat-1", Message(2, MessageKind.Activity, "agent-joined", agent: "agent1"));
        _transcripts.Add("chat-1", Message(3, MessageKind.Outgoing, "Hola, ya reviso", agent: "agent1"));
        _transcripts.Add("chat-1", Message(4, MessageKind.PrivateNote, "Cliente VIP", agent: "agent1"));
        _transcripts.Add("chat-1", Message(5, MessageKind.PrivateNote, "Ofrece el auto de reemplazo", supervisor: "supervisor1"));
    }

    private IRenderedComponent<LiveTranscript> RenderFor(string interactionId, string lang) =>
        Render<LiveTranscript>(p => p.Add(c => c.InteractionId, interactionId).Add(c => c.User, Supervisor).Add(c => c.Lang, lang));

    [Fact]
    public void Render_ChatOfTheirTeam_ShowsEveryMessageWithAuthorDirectionTimeNotesAndAttachmentsInSpanish()
    {
        var cut = RenderFor("chat-1", "es");

        var log = cut.Find("[data-testid=read-log]");
        Assert.Equal(("log", "polite", "0"), (log.GetAttribute("role"), log.GetAttribute("aria-live"), log.GetAttribute("tabindex")));
        Assert.Equal("Conversación (en vivo)", cut.Find("#read-title").TextContent);
        Assert.Equal(
            ["Cliente", "Actividad", "Agente agent1", "Nota privada del agente agent1", "Nota privada del supervisor supervisor1"],
            cut.FindAll("[data-testid=read-author]").Select(a => a.TextContent));
        var messages = cut.FindAll("[data-testid=read-message]");
        Assert.Equal(["incoming", "activity", "outgoing", "privatenote", "privatenote"], messages.Select(m => m.GetAttribute("data-kind")));
        Assert.Contains("Cliente · recibido · 09:00:01", messages[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Agente agent1 · enviado · 09:00:03", messages[2].TextContent, StringComparison.Ordinal);
        Assert.Equal(ShellText.Spanish.ActivityAgentJoined, messages[1].QuerySelector("[data-testid=read-text]")!.TextContent);
        Assert.Contains("cc-msg-note", messages[3].ClassName, StringComparison.Ordinal);
        Assert.Equal("2026-11-29T09:00:05.0000000+00:00", messages[4].QuerySelector("time")!.GetAttribute("datetime"));
        var attachment = Assert.Single(cut.FindAll("[data-testid=read-attachment]"));
        Assert.Equal(("parte.pdf", "Adjuntos"), (attachment.TextContent, attachment.ParentElement!.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task MessageAdded_WhileOpen_TheNewMessageAppearsLastAndOtherChatsAreNotRead()
    {
        var cut = RenderFor("chat-1", "en");
        Assert.Equal(5, cut.FindAll("[data-testid=read-message]").Count);
        var reads = _transcripts.Reads;

        await PublishAsync("chat-9", 1);
        _transcripts.Add("chat-1", Message(6, MessageKind.Incoming, "¿Cubre la grúa?"));
        await PublishAsync("chat-1", 6);

        cut.WaitForAssertion(() => Assert.Equal(6, cut.FindAll("[data-testid=read-message]").Count));
        Assert.Equal("¿Cubre la grúa?", cut.FindAll("[data-testid=read-text]")[^1].TextContent);
        Assert.Equal("Customer", cut.FindAll("[data-testid=read-author]")[^1].TextContent);
        Assert.Equal(reads + 1, _transcripts.Reads);
        Assert.Equal(5, _transcripts.LastAfter);
    }

    [Fact]
    public void Render_ChatOutsideTheirTeams_ShowsNothingAndFollowsNoMessages()
    {
        _transcripts.Add("chat-other", Message(1, MessageKind.Incoming, "Secreto de otro equipo"));
        _transcripts.NotMine.Add("chat-other");

        var cut = RenderFor("chat-other", "en");

        Assert.Empty(cut.FindAll("[data-testid=read-transcript]"));
        Assert.DoesNotContain("Secreto", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_FormClosed_StopsFollowingTheBus()
    {
        var cut = RenderFor("chat-1", "en");
        Assert.Equal(1, _bus.Subscribers);

        await cut.Instance.DisposeAsync();

        Assert.Equal(0, _bus.Subscribers);
    }

    [Fact]
    public void CoachNoteForm_WhileReading_ShowsTheTranscriptAboveTheNote()
    {
        var row = new AgentRow("a1", "Ana Mora", null, null, 0);
        var cut = Render<CoachNoteForm>(p => p.Add(c => c.Row, row).Add(c => c.Wall, WallText.English).Add(c => c.ReadingId, "chat-1").Add(c => c.User, Supervisor));

        Assert.Equal(5, cut.FindAll("form [data-testid=read-message]").Count);
        Assert.NotNull(cut.Find("[data-testid=note-text]"));
    }

    private Task PublishAsync(string interactionId, long sequence) => _bus.PublishAsync(CloudEvent.Create(EventTypes.ConversationMessageAdded, "/kernel/test", null, Now,
        new ConversationMessageAdded($"conv-{interactionId}", interactionId, $"conv-{interactionId}.{sequence}", sequence, MessageKind.Incoming, null, Now), KernelJson.Options)).AsTask();

    private static ConversationMessage Message(long sequence, MessageKind kind, string text, string? agent = null, string? supervisor = null,
        IReadOnlyList<MessageAttachment>? attachments = null) => new()
    {
        Id = $"conv.{sequence}", ConversationId = "conv", Sequence = sequence, Kind = kind, Text = text, AgentId = agent, SupervisorId = supervisor,
        Status = DeliveryStatus.Delivered, CreatedAt = Now.AddSeconds(sequence), Attachments = attachments ?? [],
    };

    /// <summary>The conversations by interaction; the ones in <see cref="NotMine"/> read as "not yours" (null).</summary>
    private sealed class Transcripts : IChatTranscripts
    {
        private readonly Dictionary<string, List<ConversationMessage>> _messages = new(StringComparer.Ordinal);

        public HashSet<string> NotMine { get; } = new(StringComparer.Ordinal);

        public int Reads { get; private set; }

        public long LastAfter { get; private set; }

        public void Add(string interactionId, ConversationMessage message)
        {
            lock (_messages)
            {
                (_messages.TryGetValue(interactionId, out var list) ? list : _messages[interactionId] = []).Add(message);
            }
        }

        public Task<TranscriptRead?> ReadAsync(ClaimsPrincipal supervisor, string interactionId, long afterSequence, CancellationToken cancellationToken)
        {
            lock (_messages)
            {
                Reads++;
                LastAfter = afterSequence;
                return Task.FromResult<TranscriptRead?>(NotMine.Contains(interactionId) || !_messages.TryGetValue(interactionId, out var list)
                    ? null
                    : new TranscriptRead($"conv-{interactionId}", [.. list.Where(m => m.Sequence > afterSequence)]));
            }
        }
    }
}
