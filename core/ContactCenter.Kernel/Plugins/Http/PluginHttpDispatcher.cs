using ContactCenter.Kernel.Plugins.Isolation;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Plugins;
using Microsoft.AspNetCore.Http;

namespace ContactCenter.Kernel.Plugins.Http;

/// <summary>
/// Dispatches kernel-owned routes to the active version of the plugin that serves them, holding a lease on that
/// version for the whole request (so a drain waits for it): static assets first (public path only), then the
/// plugin's <see cref="IPluginHttpHandler"/> through the invoker. Answers problems itself: 404 when no active plugin
/// serves the path, 503 with <c>Retry-After</c> for a faulted or starting plugin, 413 beyond the body limit, 504 when
/// the handler overruns its budget, 500 when it throws, 403 when a call it made was refused for a permission the plugin
/// lacks (<see cref="PermissionDeniedException"/>: a matter of approval, not a plugin failure, so the breaker ignores it).
/// </summary>
internal sealed class PluginHttpDispatcher(PluginCatalog catalog, PluginInvoker invoker) : IPluginHttpDispatcher
{
    public Task DispatchApiAsync(HttpContext context, string pluginId, string path)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runtime = catalog.Get(pluginId);
        if (runtime is not { Installed: true })
        {
            return ProblemWriter.WriteAsync(context, StatusCodes.Status404NotFound, "Not found", $"No plugin '{pluginId}' is installed.");
        }

        return DispatchAsync(context, runtime, PluginHttpArea.Api, string.IsNullOrEmpty(path) ? "/" : path.StartsWith('/') ? path : "/" + path);
    }

    public async Task<bool> TryDispatchPublicAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (catalog.FindByPublicPath(context.Request.Path.Value ?? "/") is not { } match)
        {
            return false;
        }

        await DispatchAsync(context, match.Runtime, PluginHttpArea.Public, match.SubPath).ConfigureAwait(false);
        return true;
    }

    private async Task DispatchAsync(HttpContext http, PluginRuntime runtime, PluginHttpArea area, string path)
    {
        if (!TryLease(runtime, out var version, out var lease))
        {
            await RefuseAsync(http, runtime).ConfigureAwait(false);
            return;
        }

        using (lease)
        {
            if (area == PluginHttpArea.Public && await StaticAssetServer.TryServeAsync(http, version, path).ConfigureAwait(false))
            {
                return;
            }

            if (version.Instance?.HttpHandler is not { } handler)
            {
                await ProblemWriter.WriteAsync(http, StatusCodes.Status404NotFound, "Not found", $"Plugin '{runtime.Id}' serves nothing at this path.").ConfigureAwait(false);
                return;
            }

            await HandleAsync(http, version, handler, new PluginHttpContextAdapter(http, area, path, version.Manifest.MaxRequestBodyBytes)).ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(HttpContext http, PluginVersion version, IPluginHttpHandler handler, PluginHttpContextAdapter adapter)
    {
        var webSocket = adapter.IsWebSocketRequest;

        // A WebSocket session lasts until the handler returns, but not beyond the version: draining ends it.
        using var sessionEnds = webSocket ? version.Sessions.Register(http.Abort) : default;
        using var callToken = webSocket
            ? CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, version.Sessions)
            : CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var result = await invoker.InvokeAsync<ContactCenterException?>(
            version,
            "HTTP handler",
            async ct =>
            {
                try
                {
                    await handler.HandleAsync(adapter, ct).ConfigureAwait(false);
                    return null;
                }
                catch (RequestTooLargeException tooLarge)
                {
                    // The client's fault, not the plugin's: answered 413, not counted by the breaker.
                    return tooLarge;
                }
                catch (PermissionDeniedException denied)
                {
                    // An approval missing, not a plugin failure: answered 403, not counted by the breaker.
                    return denied;
                }
            },
            webSocket ? null : invoker.Options.HttpBudget,
            callToken.Token).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case PluginCallOutcome.Succeeded when result.Value is PermissionDeniedException denied:
                await ProblemWriter.WriteAsync(http, StatusCodes.Status403Forbidden, "Plugin permission denied", denied.Message).ConfigureAwait(false);
                break;
            case PluginCallOutcome.Succeeded when result.Value is RequestTooLargeException:
                await ProblemWriter.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "Payload too large", $"The request body exceeds the {adapter.MaxBodyBytes} bytes this plugin accepts.").ConfigureAwait(false);
                break;
            case PluginCallOutcome.TimedOut:
                await ProblemWriter.WriteAsync(http, StatusCodes.Status504GatewayTimeout, "Plugin timeout", $"The plugin did not answer within {PluginInvoker.Describe(invoker.Options.HttpBudget)}.").ConfigureAwait(false);
                break;
            case PluginCallOutcome.Failed:
                await ProblemWriter.WriteAsync(http, StatusCodes.Status500InternalServerError, "Plugin failure", "The plugin failed to handle the request.").ConfigureAwait(false);
                break;
            case PluginCallOutcome.Cancelled when !http.RequestAborted.IsCancellationRequested && !webSocket:
                await ProblemWriter.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "Plugin unloading", "The plugin version was unloaded during the request; retry.", invoker.Options.RetryAfterSeconds).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Leases the active version; re-reads it when an upgrade switched versions under the caller.</summary>
    private static bool TryLease(PluginRuntime runtime, out PluginVersion version, out PluginLease lease)
    {
        var candidate = runtime.Current;
        while (candidate is not null)
        {
            if (candidate.TryAcquire(out lease))
            {
                version = candidate;
                return true;
            }

            var next = runtime.Current;
            if (ReferenceEquals(next, candidate))
            {
                break;
            }

            candidate = next;
        }

        version = null!;
        lease = default;
        return false;
    }

    private Task RefuseAsync(HttpContext http, PluginRuntime runtime) => runtime.State switch
    {
        PluginState.Faulted => ProblemWriter.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "Plugin faulted", $"Plugin '{runtime.Id}' is faulted and isolated: {runtime.StateReason}", invoker.Options.RetryAfterSeconds),
        PluginState.Loading or PluginState.Draining => ProblemWriter.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "Plugin starting", $"Plugin '{runtime.Id}' is not ready yet.", invoker.Options.RetryAfterSeconds),
        _ => ProblemWriter.WriteAsync(http, StatusCodes.Status404NotFound, "Not found", $"No active plugin serves this path (plugin '{runtime.Id}' is {runtime.State})."),
    };
}
