using Bunit;
using ContactCenter.Host.Shell.Components;
using ContactCenter.Host.Shell.Tests.Support;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Tests.Components;

public sealed class ConversationMessageViewTests : ShellComponentTest
{
    private const string Bounce = "El correo rebotó / The mail bounced: 5.1.1 (smtp; 550 5.1.1 <…@cliente.test>: Recipient address rejected: User unknown)";

    private static ConversationMessage Message(MessageKind kind, string text, DeliveryStatus status = DeliveryStatus.Sent) => new()
    {
        Id = "cv-1.0000000002", ConversationId = "cv-1", Sequence = 2, Kind = kind, Text = text, Status = status,
        CreatedAt = new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero), AgentId = kind == MessageKind.Outgoing ? "agent1" : null,
    };

    [Fact]
    public void Render_BouncedReply_ShowsNotDeliveredWithTheReasonInTheAgentsLanguage()
    {
        var failed = Message(MessageKind.Outgoing, "Le respondemos por aquí.", DeliveryStatus.Failed) with { FailureReason = Bounce };

        var spanish = Render<ConversationMessageView>(p => p.AddCascadingValue(Spanish).Add(c => c.Message, failed).Add(c => c.AgentId, "agent1"));
        var english = Render<ConversationMessageView>(p => p.AddCascadingValue(English).Add(c => c.Message, failed).Add(c => c.AgentId, "agent1"));

        Assert.Equal("No entregado:", spanish.Find("[data-testid=message-failed] strong").TextContent);
        Assert.Equal("Not delivered:", english.Find("[data-testid=message-failed] strong").TextContent);
        Assert.Equal(Bounce, spanish.Find("[data-testid=failure-reason]").TextContent);
        Assert.Equal("note", spanish.Find("[data-testid=message-failed]").GetAttribute("role"));
        Assert.Contains("Le respondemos por aquí.", spanish.Find("[data-testid=message-outgoing]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FailedWithoutReason_SaysNotDeliveredOnly_AndADeliveredReplyShowsNoFailure()
    {
        var failed = Message(MessageKind.Outgoing, "Hola", DeliveryStatus.Failed);
        var sent = Message(MessageKind.Outgoing, "Hola") with { FailureReason = "stale" };

        var noReason = Render<ConversationMessageView>(p => p.AddCascadingValue(English).Add(c => c.Message, failed).Add(c => c.AgentId, "agent1"));
        var fine = Render<ConversationMessageView>(p => p.AddCascadingValue(English).Add(c => c.Message, sent).Add(c => c.AgentId, "agent1"));

        Assert.Equal("Not delivered", noReason.Find("[data-testid=message-failed] strong").TextContent);
        Assert.Empty(noReason.FindAll("[data-testid=failure-reason]"));
        Assert.Empty(fine.FindAll("[data-testid=message-failed]"));
    }

    [Fact]
    public void Render_ChannelActivityAndAutomaticReply_ShowTheAgentsLanguageAndSayAutomatic()
    {
        var activity = Message(MessageKind.Activity, "Transcript emailed to ana@cliente.test") with
        {
            Automatic = true, Localized = new LocalizedText("Transcript emailed to ana@cliente.test", "Transcripción enviada por correo a ana@cliente.test"),
        };
        var ack = Message(MessageKind.Outgoing, "Recibimos su mensaje.") with { AgentId = null, Automatic = true, Localized = new LocalizedText("Recibimos su mensaje.", "Recibimos su mensaje.") };

        var spanishActivity = Render<ConversationMessageView>(p => p.AddCascadingValue(Spanish).Add(c => c.Message, activity).Add(c => c.AgentId, "agent1"));
        var englishActivity = Render<ConversationMessageView>(p => p.AddCascadingValue(English).Add(c => c.Message, activity).Add(c => c.AgentId, "agent1"));
        var automatic = Render<ConversationMessageView>(p => p.AddCascadingValue(Spanish).Add(c => c.Message, ack).Add(c => c.AgentId, "agent1"));

        Assert.Equal("ActividadTranscripción enviada por correo a ana@cliente.test", spanishActivity.Find("[data-testid=message-activity]").TextContent.Trim());
        Assert.Equal("ActivityTranscript emailed to ana@cliente.test", englishActivity.Find("[data-testid=message-activity]").TextContent.Trim());
        Assert.Equal("Mensaje automático", automatic.Find(".cc-who").TextContent);
        Assert.Equal("true", automatic.Find("[data-testid=message-outgoing]").GetAttribute("data-automatic"));
    }

    [Fact]
    public void Render_KernelActivityCodes_AreStillTranslated()
    {
        var joined = Message(MessageKind.Activity, "agent-joined");

        var cut = Render<ConversationMessageView>(p => p.AddCascadingValue(Spanish).Add(c => c.Message, joined).Add(c => c.AgentId, "agent1"));

        Assert.Equal("Un agente se unió a la conversación.", cut.Find("[data-testid=message-activity]").TextContent.Replace("Actividad", "", StringComparison.Ordinal).Trim());
        Assert.Null(cut.Find("[data-testid=message-activity]").GetAttribute("data-automatic"));
    }
}
