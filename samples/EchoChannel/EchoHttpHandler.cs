using System.Text.Json;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Samples.EchoChannel;

/// <summary>
/// HTTP for the channel. Under <c>/api/v1/channels/cc.samples.echo/</c>: <c>GET /version</c>,
/// <c>POST /messages</c> (optionally HMAC-signed), <c>GET /messages?conversationId=</c>. Under the public path
/// <c>/echo/</c>: the kernel serves <c>index.html</c> from wwwroot, and <c>/echo/socket</c> is a WebSocket echo.
/// </summary>
internal sealed class EchoHttpHandler(
    EchoOptions options,
    PluginVersion version,
    MessageLog log,
    IInteractionService interactions,
    IClock clock,
    JsonSerializerOptions json) : IPluginHttpHandler
{
    public ValueTask HandleAsync(IPluginHttpContext context, CancellationToken cancellationToken) =>
        (context.Area, context.Method, context.Path) switch
        {
            (PluginHttpArea.Api, "GET", "/version") => context.Response.WriteJsonAsync(version, json, cancellationToken),
            (PluginHttpArea.Api, "POST", "/messages") => ReceiveAsync(context, cancellationToken),
            (PluginHttpArea.Api, "GET", "/messages") => ListAsync(context, cancellationToken),
            (PluginHttpArea.Public, "GET", "/socket") when context.IsWebSocketRequest => WebSocketEcho.RunAsync(context, options.ReplyPrefix, cancellationToken),
            _ => context.Response.WriteProblemAsync(404, "Not found", $"The echo channel has no {context.Method} {context.Path}.", cancellationToken),
        };

    private async ValueTask ReceiveAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        var body = await context.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        if (options.SigningSecret is { } secret && !SignatureVerifier.IsValid(secret, body.Span, context.GetHeader(SignatureVerifier.Header)))
        {
            await context.Response.WriteProblemAsync(403, "Invalid signature", $"{SignatureVerifier.Header} does not match the body.", cancellationToken).ConfigureAwait(false);
            return;
        }

        InboundMessage? inbound;
        try
        {
            inbound = JsonSerializer.Deserialize<InboundMessage>(body.Span, json);
        }
        catch (JsonException ex)
        {
            await context.Response.WriteProblemAsync(400, "Malformed JSON", ex.Message, cancellationToken).ConfigureAwait(false);
            return;
        }

        var problem = inbound is null ? "A JSON body is required." : inbound.Problem();
        if (inbound is null || problem is not null)
        {
            await context.Response.WriteProblemAsync(400, "Invalid message", problem, cancellationToken).ConfigureAwait(false);
            return;
        }

        var interaction = await StartConversationAsync(inbound.ConversationId!, cancellationToken).ConfigureAwait(false);
        var now = clock.UtcNow;
        var (message, added) = await log.AddOnceAsync(new EchoMessage(inbound.MessageId!, inbound.ConversationId!, interaction.Id, "in", inbound.Text!, now), cancellationToken).ConfigureAwait(false);
        if (added)
        {
            var reply = new EchoMessage($"{message.Id}:echo", message.ConversationId, interaction.Id, "out", options.ReplyPrefix + message.Text, now);
            await log.AddOnceAsync(reply, cancellationToken).ConfigureAwait(false);
        }

        context.Response.StatusCode = 202;
        await context.Response.WriteJsonAsync(new { interactionId = interaction.Id, messageId = message.Id, duplicate = !added, version = version.Version }, json, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Interaction> StartConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        // The kernel makes creation idempotent per channel and external id: a second message of the same
        // conversation returns the same interaction, which is queued only once.
        var interaction = await interactions.CreateAsync(
            new NewInteraction { Channel = ChannelKind.Chat, ChannelName = EchoChannel.ChannelName, ExternalId = conversationId, Subject = "Echo" },
            cancellationToken).ConfigureAwait(false);
        if (interaction.State == InteractionState.Created && options.QueueId is { } queueId)
        {
            interaction = await interactions.EnqueueAsync(interaction.Id, new EnqueueRequest { QueueId = queueId }, cancellationToken).ConfigureAwait(false);
        }

        return interaction;
    }

    private async ValueTask ListAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        if (context.GetQuery("conversationId") is not { Length: > 0 } conversationId)
        {
            await context.Response.WriteProblemAsync(400, "Missing conversationId", "Add ?conversationId=… to the query.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var messages = await log.ListAsync(conversationId, cancellationToken).ConfigureAwait(false);
        await context.Response.WriteJsonAsync(messages, json, cancellationToken).ConfigureAwait(false);
    }
}
