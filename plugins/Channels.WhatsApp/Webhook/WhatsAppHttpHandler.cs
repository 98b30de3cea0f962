using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContactCenter.Plugins.Channels.WhatsApp.Account;
using ContactCenter.Plugins.Channels.WhatsApp.Plugin;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Audit;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Security;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.WhatsApp.Webhook;

/// <summary>
/// <c>/api/v1/channels/cc.channels.whatsapp/</c>: <c>GET /webhook</c> (Meta's verification handshake), <c>POST /webhook</c>
/// (signed deliveries: 403 on a missing or wrong signature, 413 over the size limit, 400 when malformed; nothing stored
/// in each case) and <c>PUT /account</c> (<c>plugins.manage</c>: the app secret, access token and verify token; audited with digests of the
/// stored, encrypted form).
/// </summary>
internal sealed partial class WhatsAppHttpHandler(
    WhatsAppOptions options,
    AccountStore accounts,
    InboundProcessor inbound,
    JsonSerializerOptions json,
    IAuditTrail audit,
    ILogger<WhatsAppHttpHandler> logger) : IPluginHttpHandler
{
    private const string PermissionClaim = "cc:permission";

    public ValueTask HandleAsync(IPluginHttpContext context, CancellationToken cancellationToken) =>
        (context.Area, context.Method, context.Path) switch
        {
            (PluginHttpArea.Api, "GET", "/webhook") => VerifyAsync(context, cancellationToken),
            (PluginHttpArea.Api, "POST", "/webhook") => ReceiveAsync(context, cancellationToken),
            (PluginHttpArea.Api, "PUT", "/account") => SetAccountAsync(context, cancellationToken),
            _ => context.Response.WriteProblemAsync(404, "Not found", $"The WhatsApp channel has no {context.Method} {context.Path}.", cancellationToken),
        };

    private async ValueTask VerifyAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        var account = await accounts.GetAsync(cancellationToken).ConfigureAwait(false);
        var mode = First(context.Query, "hub.mode");
        var token = First(context.Query, "hub.verify_token");
        var challenge = First(context.Query, "hub.challenge");
        if (account is null || mode != "subscribe" || token is null || challenge is null || challenge.Length > 200
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(account.VerifyToken)))
        {
            await context.Response.WriteProblemAsync(403, "Verification refused", "Wrong mode, verify token or challenge.", cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.Response.WriteTextAsync(challenge, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask ReceiveAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        var account = await accounts.GetAsync(cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            await context.Response.WriteProblemAsync(503, "Not configured", "The WhatsApp account is not set up (PUT /account).", cancellationToken).ConfigureAwait(false);
            return;
        }

        var body = await context.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        if (body.Length > options.MaxWebhookBytes)
        {
            await context.Response.WriteProblemAsync(413, "Payload too large", $"At most {options.MaxWebhookBytes} bytes.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!WebhookSignature.IsValid(body.Span, First(context.Headers, "X-Hub-Signature-256"), account.AppSecret))
        {
            LogBadSignature(logger, context.RemoteAddress?.ToString() ?? "unknown");
            await context.Response.WriteProblemAsync(403, "Bad signature", "X-Hub-Signature-256 is missing or does not match the body.", cancellationToken).ConfigureAwait(false);
            return;
        }

        WebhookBatch batch;
        try
        {
            batch = WebhookParser.Parse(body);
        }
        catch (JsonException ex)
        {
            await context.Response.WriteProblemAsync(400, "Malformed payload", $"Not a WhatsApp webhook payload: {ex.Message}", cancellationToken).ConfigureAwait(false);
            return;
        }

        await inbound.ProcessAsync(account, batch, cancellationToken).ConfigureAwait(false);
        await context.Response.WriteTextAsync("EVENT_RECEIVED", cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask SetAccountAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        if (!context.User.HasClaim(PermissionClaim, Permissions.PluginsManage))
        {
            await context.Response.WriteProblemAsync(context.User.Identity?.IsAuthenticated == true ? 403 : 401, "Forbidden",
                $"Setting the WhatsApp account needs {Permissions.PluginsManage}.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var (request, errors) = AccountRequest.Parse(await context.ReadBodyAsync(cancellationToken).ConfigureAwait(false));
        if (request is null)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteJsonAsync(new AccountProblem("Invalid account", errors), json, cancellationToken).ConfigureAwait(false);
            return;
        }

        var before = await accounts.GetStoredAsync(cancellationToken).ConfigureAwait(false);
        var after = await accounts.SetAsync(request, cancellationToken).ConfigureAwait(false);

        // Digests of the stored form only (secrets encrypted), never a secret. Not cancellable: the change is made.
        await audit.RecordAsync(new AuditTrailEntry(before is null ? "settings.account.created" : "settings.account.changed", "account")
        {
            Before = before is null ? null : JsonSerializer.Serialize(before, json),
            After = JsonSerializer.Serialize(after, json),
        }, CancellationToken.None).ConfigureAwait(false);
        var actor = ActorOf(context.User);
        LogAccountSet(logger, actor);
        context.Response.StatusCode = 204;
    }

    private static string ActorOf(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    private static string? First(IReadOnlyDictionary<string, string[]> values, string name) =>
        values.TryGetValue(name, out var found) && found.Length > 0 ? found[0] : null;

    [LoggerMessage(EventId = 8803, Level = LogLevel.Warning, Message = "Refused a WhatsApp webhook from {Address}: missing or wrong X-Hub-Signature-256")]
    private static partial void LogBadSignature(ILogger logger, string address);

    [LoggerMessage(EventId = 8804, Level = LogLevel.Information, Message = "The WhatsApp account secrets were set by {Actor}")]
    private static partial void LogAccountSet(ILogger logger, string actor);
}
