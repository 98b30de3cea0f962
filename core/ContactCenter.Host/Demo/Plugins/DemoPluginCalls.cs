using System.Security.Claims;
using ContactCenter.Host.Api.Channels;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Plugins.Http;
using ContactCenter.Sdk;

namespace ContactCenter.Host.Demo.Plugins;

/// <summary>
/// Calls a bundled plugin's own API in-process (<c>/api/v1/channels/{pluginId}/…</c>) through the kernel's dispatcher,
/// so the plugin validates, audits and answers exactly as for a REST call. Demo mode uses it to read the web chat's
/// identity secret, to point the WhatsApp account at the stand-in, to deliver the stand-in's signed webhooks and to create
/// the demo phones' SIP accounts with a generated demo password.
/// </summary>
internal sealed class DemoPluginCalls(IServiceProvider services)
{
    /// <summary>The actor demo mode acts as at start-up: an administrator limited to <c>plugins.manage</c>.</summary>
    public const string Actor = "demo";

    public static ClaimsPrincipal Administrator { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, Actor), new Claim(PermissionClaims.Type, Permissions.PluginsManage)], authenticationType: "demo"));

    public async Task<PluginApiAnswer> CallAsync(ClaimsPrincipal user, string pluginId, string method, string path, byte[]? body,
        IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        if (services.GetService<IPluginHttpDispatcher>() is not { } dispatcher)
        {
            return new PluginApiAnswer(StatusCodes.Status404NotFound, []);
        }

        return await PluginApiCall.SendAsync(dispatcher, services, user, pluginId, method, path, body, headers, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Demo mode managing accounts at start-up (the voice plugin's phone accounts): <c>users.manage</c> only.</summary>
    public static ClaimsPrincipal UsersManager { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, Actor), new Claim(PermissionClaims.Type, Permissions.UsersManage)], authenticationType: "demo"));

    /// <summary>The same call made by demo mode itself (start-up work outside a request), audited as <see cref="Actor"/>.</summary>
    public Task<PluginApiAnswer> CallAsDemoAsync(string pluginId, string method, string path, byte[]? body, CancellationToken cancellationToken) =>
        CallAsDemoAsync(Administrator, pluginId, method, path, body, cancellationToken);

    /// <summary>As <see cref="CallAsDemoAsync(string, string, string, byte[], CancellationToken)"/>, holding <paramref name="user"/>'s permissions.</summary>
    public async Task<PluginApiAnswer> CallAsDemoAsync(ClaimsPrincipal user, string pluginId, string method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        // Set inside this async method: the ambient actor flows into the plugin's audit entry and is gone when it returns.
        AuditActor.Set(Actor, null);
        return await CallAsync(user, pluginId, method, path, body, null, cancellationToken).ConfigureAwait(false);
    }
}
