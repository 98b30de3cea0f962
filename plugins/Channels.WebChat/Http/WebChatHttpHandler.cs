using System.Security.Claims;
using System.Text.Json;
using ContactCenter.Plugins.Channels.WebChat.Files;
using ContactCenter.Plugins.Channels.WebChat.Identity;
using ContactCenter.Plugins.Channels.WebChat.Sessions;
using ContactCenter.Plugins.Channels.WebChat.Transcripts;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Plugins.Channels.WebChat.Http;

/// <summary>
/// Public path <c>/webchat/</c>: the kernel serves <c>widget.js</c>, <c>widget.css</c> and the demo pages from wwwroot;
/// <c>/webchat/socket</c> is the widget's WebSocket; <c>/webchat/upload</c> and <c>/webchat/files/…</c> its files; <c>/webchat/transcript</c> mails the transcript. API (<c>/api/v1/channels/cc.channels.webchat/</c>, the host's
/// credentials): <c>GET /identity-secret</c> (<c>plugins.manage</c>) and <c>POST /conversations/{id}/typing</c>
/// (<c>interactions.handle</c>).
/// </summary>
internal sealed class WebChatHttpHandler(
    ChatConnection connection,
    VisitorFiles files,
    VisitorTranscripts transcripts,
    IdentitySecretStore secrets,
    IConversationService conversations,
    IEventBus events,
    IClock clock,
    JsonSerializerOptions json) : IPluginHttpHandler
{
    private const string PermissionClaim = "cc:permission";

    public ValueTask HandleAsync(IPluginHttpContext context, CancellationToken cancellationToken) =>
        (context.Area, context.Method, context.Path) switch
        {
            // Any method: browsers open WebSockets over HTTP/2 with CONNECT (RFC 8441), over HTTP/1.1 with GET.
            (PluginHttpArea.Public, _, "/socket") when context.IsWebSocketRequest => connection.RunAsync(context, cancellationToken),
            (PluginHttpArea.Public, _, var path) when VisitorFiles.IsFileRoute(path) => files.HandleAsync(context, cancellationToken),
            (PluginHttpArea.Public, _, VisitorTranscripts.Path) => transcripts.HandleAsync(context, cancellationToken),
            (PluginHttpArea.Public, "GET", "/socket") => context.Response.WriteProblemAsync(400, "WebSocket required", "Open /webchat/socket as a WebSocket.", cancellationToken),
            (PluginHttpArea.Api, "GET", "/identity-secret") => SecretAsync(context, cancellationToken),
            (PluginHttpArea.Api, "POST", var path) when TypingPath(path) is { } id => AgentTypingAsync(context, id, cancellationToken),
            _ => context.Response.WriteProblemAsync(404, "Not found", $"The web chat has no {context.Method} {context.Path}.", cancellationToken),
        };

    private static string? TypingPath(string path) =>
        path.Split('/') is ["", "conversations", { Length: > 0 and <= 100 } id, "typing"] ? id : null;

    private static bool Has(ClaimsPrincipal user, string permission) => user.HasClaim(PermissionClaim, permission);

    private async ValueTask SecretAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        if (!Has(context.User, Permissions.PluginsManage))
        {
            await Forbid(context, Permissions.PluginsManage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var secret = await secrets.GetAsync(cancellationToken).ConfigureAwait(false);
        context.Response.SetHeader("Cache-Control", "no-store");
        await context.Response.WriteJsonAsync(
            new Dictionary<string, string> { ["algorithm"] = "HMAC-SHA256", ["secretBase64"] = Convert.ToBase64String(secret), ["payload"] = "{visitorId}\\n{email}\\n{expires}" },
            json, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask AgentTypingAsync(IPluginHttpContext context, string conversationId, CancellationToken cancellationToken)
    {
        if (!Has(context.User, Permissions.InteractionsHandle))
        {
            await Forbid(context, Permissions.InteractionsHandle, cancellationToken).ConfigureAwait(false);
            return;
        }

        bool? active = null;
        try
        {
            using var body = JsonDocument.Parse(await context.ReadBodyAsync(cancellationToken).ConfigureAwait(false));
            if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("active", out var value)
                && value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                active = value.GetBoolean();
            }
        }
        catch (JsonException)
        {
            // Answered below as a bad body.
        }

        if (active is null)
        {
            await context.Response.WriteProblemAsync(400, "Invalid body", "Send {\"active\": true|false}.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is null)
        {
            await context.Response.WriteProblemAsync(404, "Conversation not found", $"No web chat conversation '{conversationId}'.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var data = new Dictionary<string, object> { ["conversationId"] = conversationId, ["active"] = active.Value };
        await events.PublishAsync(CloudEvent.Create(ConversationFeed.AgentTypingEvent, "/plugins/cc.channels.webchat", conversationId, clock.UtcNow, data, json), cancellationToken)
            .ConfigureAwait(false);
        context.Response.StatusCode = 202;
        await context.Response.WriteJsonAsync(new Dictionary<string, object> { ["conversationId"] = conversationId, ["active"] = active.Value }, json, cancellationToken)
            .ConfigureAwait(false);
    }

    private static ValueTask Forbid(IPluginHttpContext context, string permission, CancellationToken cancellationToken) =>
        context.Response.WriteProblemAsync(context.User.Identity?.IsAuthenticated == true ? 403 : 401, "Permission required", $"This needs the '{permission}' permission.", cancellationToken);
}
