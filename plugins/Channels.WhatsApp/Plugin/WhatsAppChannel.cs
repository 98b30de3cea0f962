using System.Text.Json;
using ContactCenter.Plugins.Channels.WhatsApp.Account;
using ContactCenter.Plugins.Channels.WhatsApp.Graph;
using ContactCenter.Plugins.Channels.WhatsApp.Outbound;
using ContactCenter.Plugins.Channels.WhatsApp.Threads;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Plugins.Channels.WhatsApp.Plugin;

/// <summary>
/// One business number's channel: an agent's reply goes out through the Graph API as free text while the customer's
/// 24-hour window is open, or as an approved template (options <c>template</c>, <c>language</c>) at any time; outside
/// the window free text is refused with a message the agent can act on. Files go out as media messages
/// (<see cref="MediaSender"/>), inside the window only. Refusals never throw.
/// </summary>
internal sealed class WhatsAppChannel(NumberBinding binding, AccountStore accounts, GraphClient graph, ThreadStore threads, MessageIdMap ids, MediaSender media,
    IClock clock) : IChannel
{
    public const string TemplateOption = "template";
    public const string LanguageOption = "language";

    /// <summary>The Cloud API's limit for a text message body.</summary>
    public const int MaxTextLength = 4096;

    public string Name => binding.Channel;

    public ChannelKind Kind => ChannelKind.Chat;

    public ValueTask OnInteractionChangedAsync(InteractionTransitioned change, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask<DeliveryResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var conversationId = ConversationOf(message.ClientMessageId);
        if (await accounts.GetAsync(cancellationToken).ConfigureAwait(false) is not { } account)
        {
            return DeliveryResult.Refused("WhatsApp no está configurado / WhatsApp is not set up.");
        }

        if (conversationId is null || await threads.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } thread)
        {
            return DeliveryResult.Refused("Esta conversación no tiene destinatario de WhatsApp / This conversation has no WhatsApp recipient.");
        }

        var template = message.Options.GetValueOrDefault(TemplateOption);
        if (message.Attachments.Count > 0)
        {
            return await SendFilesAsync(account, thread, conversationId, template, message, cancellationToken).ConfigureAwait(false);
        }

        if (template is null && (string.IsNullOrWhiteSpace(message.Text) || message.Text.Length > MaxTextLength))
        {
            return DeliveryResult.Refused($"El texto debe tener de 1 a {MaxTextLength} caracteres. / The text must be 1 to {MaxTextLength} characters.");
        }

        if (template is { Length: 0 or > 512 })
        {
            return DeliveryResult.Refused("Nombre de plantilla no válido. / Invalid template name.");
        }

        if (template is null && WindowClosed(thread.LastCustomerMessageAt))
        {
            return DeliveryResult.Refused(WindowClosedReason);
        }

        var language = message.Options.GetValueOrDefault(LanguageOption) ?? "es";
        GraphResult result;
        try
        {
            result = await graph.SendAsync(account, binding.PhoneNumberId, w => Write(w, thread.WaId, message.Text, template, language), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Unreachable after the retries: the agent is told, the message stays Failed and can be sent again.
            return DeliveryResult.Refused("No se pudo contactar a WhatsApp; intente de nuevo. / WhatsApp could not be reached; try again.");
        }

        if (!result.Succeeded)
        {
            return DeliveryResult.Refused(result.Error!);
        }

        await ids.RememberSentAsync(result.Id!, message.ClientMessageId, cancellationToken).ConfigureAwait(false);
        return DeliveryResult.Ok(result.Id);
    }

    private async ValueTask<DeliveryResult> SendFilesAsync(AccountSettings account, (string WaId, DateTimeOffset LastCustomerMessageAt) thread,
        string conversationId, string? template, OutboundMessage message, CancellationToken cancellationToken)
    {
        if (template is not null)
        {
            return DeliveryResult.Refused("Una plantilla no puede llevar archivos. / A template cannot carry files.");
        }

        if (message.Text.Length > MaxTextLength)
        {
            return DeliveryResult.Refused($"El texto debe tener como máximo {MaxTextLength} caracteres. / The text must be at most {MaxTextLength} characters.");
        }

        if (WindowClosed(thread.LastCustomerMessageAt))
        {
            return DeliveryResult.Refused(WindowClosedReason);
        }

        var (parts, refusal) = MediaPlan.Create(message.Text, message.Attachments);
        if (parts is null)
        {
            return DeliveryResult.Refused(refusal!);
        }

        try
        {
            return await media.SendAsync(account, thread.WaId, message.ConversationId ?? conversationId, message, parts, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Unreachable after the retries: what went out is kept in the progress, a retry sends only the rest.
            return DeliveryResult.Refused("No se pudo contactar a WhatsApp; intente de nuevo. / WhatsApp could not be reached; try again.");
        }
    }

    private bool WindowClosed(DateTimeOffset lastCustomerMessageAt) => clock.UtcNow - lastCustomerMessageAt >= ThreadStore.Window;

    private const string WindowClosedReason = "Han pasado más de 24 horas desde el último mensaje del cliente: solo se puede enviar una plantilla aprobada. / "
        + "More than 24 hours have passed since the customer's last message: only an approved template can be sent.";

    /// <summary>The kernel hands replies with their message id, <c>{conversationId}.{sequence}</c>.</summary>
    private static string? ConversationOf(string messageId) =>
        messageId.LastIndexOf('.') is > 0 and var dot ? messageId[..dot] : null;

    private static void Write(Utf8JsonWriter writer, string to, string text, string? template, string language)
    {
        writer.WriteStartObject();
        writer.WriteString("messaging_product", "whatsapp");
        writer.WriteString("recipient_type", "individual");
        writer.WriteString("to", to);
        if (template is null)
        {
            writer.WriteString("type", "text");
            writer.WriteStartObject("text");
            writer.WriteBoolean("preview_url", false);
            writer.WriteString("body", text);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteString("type", "template");
            writer.WriteStartObject("template");
            writer.WriteString("name", template);
            writer.WriteStartObject("language");
            writer.WriteString("code", language);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
