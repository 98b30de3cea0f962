using System.Text.Json;
using ContactCenter.Plugins.Channels.Email.Accounts;
using ContactCenter.Plugins.Channels.Email.Inbound;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Http;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Email.Plugin;

/// <summary>
/// <c>/api/v1/channels/cc.channels.email/</c>: <c>PUT /accounts/{channel}</c> (<c>plugins.manage</c>) sets a mailbox's
/// IMAP and SMTP servers and credentials; the passwords are stored encrypted, never logged and never returned, and the
/// mailbox's watcher reconnects with them at once.
/// </summary>
internal sealed partial class EmailHttpHandler(EmailOptions options, AccountStore accounts, WakeSignal wake, JsonSerializerOptions json,
    ILogger<EmailHttpHandler> logger) : IPluginHttpHandler
{
    private const string PermissionClaim = "cc:permission";
    private const string AccountsPrefix = "/accounts/";

    public ValueTask HandleAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (context.Area, context.Method) switch
        {
            (PluginHttpArea.Api, "PUT") when context.Path.StartsWith(AccountsPrefix, StringComparison.Ordinal) =>
                SetAccountAsync(context, context.Path[AccountsPrefix.Length..], cancellationToken),
            _ => context.Response.WriteProblemAsync(404, "Not found", $"The email channel has no {context.Method} {context.Path}.", cancellationToken),
        };
    }

    private async ValueTask SetAccountAsync(IPluginHttpContext context, string channel, CancellationToken cancellationToken)
    {
        if (!context.User.HasClaim(PermissionClaim, Permissions.PluginsManage))
        {
            await context.Response.WriteProblemAsync(context.User.Identity?.IsAuthenticated == true ? 403 : 401, "Forbidden",
                $"Setting a mailbox's account needs {Permissions.PluginsManage}.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (options.ByChannel(channel) is null)
        {
            await context.Response.WriteProblemAsync(404, "No such mailbox", "No mailbox of that channel name is configured in plugin.json.", cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var (settings, errors) = AccountRequest.Parse(await context.ReadBodyAsync(cancellationToken).ConfigureAwait(false));
        if (settings is null)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteJsonAsync(new AccountProblem("Invalid account", errors), json, cancellationToken).ConfigureAwait(false);
            return;
        }

        await accounts.SetAsync(channel, settings, cancellationToken).ConfigureAwait(false);
        wake.Wake(channel);
        LogAccountSet(logger, channel, context.User.Identity?.Name ?? "unknown");
        context.Response.StatusCode = 204;
    }

    [LoggerMessage(EventId = 8906, Level = LogLevel.Information, Message = "The account of mailbox {Channel} was set by {Actor} (passwords not logged)")]
    private static partial void LogAccountSet(ILogger logger, string channel, string actor);
}
