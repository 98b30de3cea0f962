using System.Runtime.ExceptionServices;
using Autofac;
using Autofac.Core;
using ContactCenter.Kernel.Plugins.Exports;
using ContactCenter.Kernel.Plugins.Isolation;
using ContactCenter.Kernel.Plugins.Loading;
using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Kernel.Plugins.Services;
using ContactCenter.Kernel.Plugins.Storage;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Json;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>
/// Builds a started version's <see cref="PluginInstance"/>: its scope with plugin-scoped kernel services, the
/// contracts it registered (checked against its kinds and other plugins' strategy names), its collections, and
/// its started background services. Returns why it failed, leaving whatever it built on the version for teardown.
/// </summary>
internal sealed class PluginInstanceBuilder(
    PluginScopeFactory scopes,
    PluginKernelServices kernel,
    PluginInvoker invoker,
    PluginCatalog catalog,
    PluginPermissionEnforcer permissions,
    PluginExports exports,
    ILoggerFactory loggerFactory)
{
    public async Task<(PluginState State, string Reason)?> BuildAsync(PluginVersion version, IServiceCollection services, PluginStartupContext startupContext, CancellationToken cancellationToken)
    {
        var resources = new PluginResources();
        var json = ContactCenterJson.CreateOptions();
        var store = new PluginStore(version.PluginId, kernel.Store, json);
        var guard = new PluginPermissionGuard(permissions, version.Manifest);
        var scoped = new PluginScopeServices(
            startupContext,
            json,
            new PluginLoggerFactory(kernel.LoggerFactory),
            new PluginClock(kernel.Clock, resources, version, loggerFactory.CreateLogger<PluginClock>()),
            new PluginEventBus(kernel.Bus, version, invoker, resources, guard),
            store,
            new PluginInteractionService(version.PluginId, kernel.Interactions, guard),
            new PluginPresenceService(kernel.Presence, guard),
            new PluginDataProtector(version.PluginId, kernel.DataProtector),
            new PluginConversationService(version.PluginId, kernel.Conversations, guard, kernel.Audit),
            new PluginAuditTrail(version.PluginId, kernel.Audit),
            exports.ForPlugin(guard));
        ILifetimeScope scope;
        try
        {
            scope = scopes.Begin(version.Context!.LoadContext, services, scoped);
        }
        catch (Exception ex) when (ex is DependencyResolutionException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return (PluginState.Faulted, $"The plugin's service registrations are invalid: {ex.Message}");
        }

        var instance = new PluginInstance { Scope = scope, Resources = resources };
        version.Instance = instance;
        var resolved = await invoker.InvokeAsync(version, "resolving services", _ => ValueTask.FromResult(Resolve(scope, instance)), invoker.Options.CallBudget, cancellationToken).ConfigureAwait(false);
        if (!resolved.Succeeded)
        {
            return PluginActivator.Classify(resolved.Exception, resolved.Reason!);
        }

        var problems = PluginContractCheck.Check(version.Manifest, instance).ToList();
        if (resolved.Value > 1)
        {
            problems.Add("The plugin registers more than one IPluginHttpHandler; register one and route inside it.");
        }

        if (catalog.FindStrategyConflict(version.PluginId, instance.Strategies.Select(s => s.Name)) is { } conflict)
        {
            problems.Add(conflict);
        }

        if (exports.FindConflict(version.PluginId, instance.Exports.Keys) is { } exported)
        {
            problems.Add(exported);
        }

        if (problems.Count > 0)
        {
            return (PluginState.NotSupported, string.Join(" ", problems));
        }

        try
        {
            await store.EnsureDeclaredAsync(version.Manifest.Collections, cancellationToken).ConfigureAwait(false);
        }
        catch (Sdk.Errors.ContactCenterException ex)
        {
            return (PluginState.Faulted, $"The plugin's collections could not be created: {ex.Message}");
        }

        foreach (var service in instance.BackgroundServices)
        {
            var started = await invoker.InvokeAsync(version, $"background service {service.GetType().Name} start", ct => new ValueTask(service.StartAsync(ct)), invoker.Options.CallBudget, cancellationToken).ConfigureAwait(false);
            if (!started.Succeeded)
            {
                return PluginActivator.Classify(started.Exception, started.Reason!);
            }

            instance.StartedServices++;
        }

        return null;
    }

    /// <returns>How many HTTP handlers the plugin registered.</returns>
    private static int Resolve(ILifetimeScope scope, PluginInstance instance)
    {
        try
        {
            instance.Channels = scope.Resolve<IEnumerable<IChannel>>().ToList();
            instance.Strategies = scope.Resolve<IEnumerable<IRoutingStrategy>>().ToList();
            var handlers = scope.Resolve<IEnumerable<IPluginHttpHandler>>().ToList();
            instance.HttpHandler = handlers.LastOrDefault();
            instance.HealthChecks = scope.Resolve<IEnumerable<IPluginHealthCheck>>().ToList();
            instance.BackgroundServices = scope.Resolve<IEnumerable<IPluginBackgroundService>>().ToList();

            // An export is the plugin's own registration of a contract; the kernel's forwarder is the default otherwise.
            instance.Exports = PluginExports.Contracts
                .Select(contract => (contract, service: scope.Resolve(contract)))
                .Where(e => e.service is not IKernelForwarder)
                .ToDictionary(e => e.contract, e => e.service);
            return handlers.Count;
        }
        catch (DependencyResolutionException ex) when (ex.InnerException is not null)
        {
            // Report what the plugin's constructor threw, not Autofac's wrapping.
            var inner = ex.InnerException;
            while (inner is DependencyResolutionException { InnerException: { } next })
            {
                inner = next;
            }

            ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
    }
}
