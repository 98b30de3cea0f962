using System.Text.Json;
using ContactCenter.Plugins.Channels.Email.Accounts;
using ContactCenter.Plugins.Channels.Email.Inbound;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Audit;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Security;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Email.Plugin;

/// <summary>
/// <c>/api/v1/channels/cc.channels.email/</c>: <c>PUT /accounts/{channel}</c> (<c>plugins.manage</c>) sets a mailbox's
/// IMAP and SMTP servers and credentials, <c>DELETE /accounts/{channel}</c> removes them; the passwords are stored
/// encrypted, never logged and never returned, every change is audited with digests of the stored (encrypted) form, and
/// the mailbox's watcher reconnects at once.
/// </summary>
internal sealed partial class EmailHttpHandler(EmailOptions options, AccountStore accounts, WakeSignal wake, JsonSerializerOptions json,
    IAuditTrail audit, ILogger<EmailHttpHandler> logger) : IPluginHttpHandler
{
    private const string PermissionClaim = "cc:permission";
    private const string AccountsPrefix = "/accounts/";

    public ValueTask HandleAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (context.Area, context.Method) switch
        {
            (PluginHttpArea.Api, "PUT" or "DELETE") when context.Path.StartsWith(AccountsPrefix, StringComparison.Ordinal) =>
                ChangeAccountAsync(context, context.Path[AccountsPrefix.Length..], cancellationToken),
            _ => context.Response.WriteProblemAsync(404, "Not found", $"The email channel has no {context.Method} {context.Path}.", cancellationToken),
        };
    }

    private async ValueTask ChangeAccountAsync(IPluginHttpContext context, string channel, CancellationToken cancellationToken)
    {
        if (!context.User.HasClaim(PermissionClaim, Permissions.PluginsManage))
        {
            await context.Response.WriteProblemAsync(context.User.Identity?.IsAuthenticated == true ? 403 : 401, "Forbidden",
                $"Changing a mailbox's account needs {Permissions.PluginsManage}.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (options.ByChannel(channel) is null)
        {
            await context.Response.WriteProblemAsync(404, "No such mailbox", "No mailbox of that channel name is configured in plugin.json.", cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var before = await accounts.GetStoredAsync(channel, cancellationToken).ConfigureAwait(false);
        if (context.Method == "DELETE")
        {
            await RemoveAccountAsync(context, channel, before, cancellationToken).ConfigureAwait(false);
            return;
        }

        var (settings, errors) = AccountRequest.Parse(await context.ReadBodyAsync(cancellationToken).ConfigureAwait(false));
        if (settings is null)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteJsonAsync(new AccountProblem("Invalid account", errors), json, cancellationToken).ConfigureAwait(false);
            return;
        }

        var after = await accounts.SetAsync(channel, settings, cancellationToken).ConfigureAwait(false);
        await RecordAsync(before is null ? "account.created" : "account.changed", channel, before, after).ConfigureAwait(false);
        wake.Wake(channel);
        LogAccountSet(logger, channel, context.User.Identity?.Name ?? "unknown");
        context.Response.StatusCode = 204;
    }

    private async ValueTask RemoveAccountAsync(IPluginHttpContext context, string channel, AccountDocument? before, CancellationToken cancellationToken)
    {
        if (before is null || !await accounts.RemoveAsync(channel, cancellationToken).ConfigureAwait(false))
        {
            await context.Response.WriteProblemAsync(404, "No account", "That mailbox has no account set.", cancellationToken).ConfigureAwait(false);
            return;
        }

        await RecordAsync("account.removed", channel, before, null).ConfigureAwait(false);
        wake.Wake(channel);
        LogAccountRemoved(logger, channel, context.User.Identity?.Name ?? "unknown");
        context.Response.StatusCode = 204;
    }

    // The stored form only (passwords encrypted): the audit log keeps its digests, never a secret. Not cancellable: the change is made.
    private ValueTask RecordAsync(string action, string channel, AccountDocument? before, AccountDocument? after) =>
        audit.RecordAsync(new AuditTrailEntry($"settings.{action}", $"account/{channel}")
        {
            Before = before is null ? null : JsonSerializer.Serialize(before, json),
            After = after is null ? null : JsonSerializer.Serialize(after, json),
        }, CancellationToken.None);

    [LoggerMessage(EventId = 8906, Level = LogLevel.Information, Message = "The account of mailbox {Channel} was set by {Actor} (passwords not logged)")]
    private static partial void LogAccountSet(ILogger logger, string channel, string actor);

    [LoggerMessage(EventId = 8907, Level = LogLevel.Information, Message = "The account of mailbox {Channel} was removed by {Actor}")]
    private static partial void LogAccountRemoved(ILogger logger, string channel, string actor);
}
