using System.Runtime.CompilerServices;
using ContactCenter.Kernel.Plugins.Loading;
using ContactCenter.Kernel.Plugins.Manifest;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>What the conformance suites look at beyond the public surface: the manifest, the store, the startup.</summary>
public sealed partial class PluginTestKernel
{
    /// <summary>The manifest the kernel accepted.</summary>
    internal PluginManifest Manifest => Services.GetRequiredService<PluginCatalog>().Get(PluginId)?.Manifest
        ?? throw new InvalidOperationException($"Plugin '{PluginId}' has no readable manifest.");

    /// <summary>Every document in the plugin's declared collections, as (collection, id, version, JSON), in a stable order.</summary>
    internal async Task<IReadOnlyList<string>> SnapshotStoreAsync()
    {
        var rows = new List<string>();
        foreach (var name in Manifest.Collections.Keys.Order(StringComparer.Ordinal))
        {
            var collection = CollectionNames.Plugin(PluginId, name);
            string? token = null;
            do
            {
                var page = await _doubles.Store.QueryAsync(collection, new Storage.DocumentQuery { PageSize = 1000, ContinuationToken = token }, CancellationToken.None).ConfigureAwait(false);
                rows.AddRange(page.Items.Select(d => $"{name}/{d.Id}@{d.Version}: {d.Json}"));
                token = page.ContinuationToken;
            }
            while (token is not null);
        }

        return rows;
    }

    /// <summary>
    /// Runs the plugin's startup again on two fresh service collections, in the plugin's load context, and describes what
    /// each registered (service type and lifetime), so a suite can check that startup only registers services.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal (IReadOnlyList<string> First, IReadOnlyList<string> Second) RegisterTwice()
    {
        var version = ActiveVersion();
        var (type, problem) = StartupLocator.Find(version.Context!.MainAssembly, version.Manifest);
        if (type is null)
        {
            throw new InvalidOperationException(problem);
        }

        return (Register(type, version), Register(type, version));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<string> Register(Type startupType, PluginVersion version)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(version.Manifest.Configuration)))
            .Build();
        var startup = (IPluginStartup)Activator.CreateInstance(startupType)!;
        startup.ConfigureServices(services, new PluginStartupContext(version.PluginId, version.Version, configuration, version.Directory));
        return services.Select(d => $"{d.ServiceType.FullName} ({d.Lifetime})").ToList();
    }
}
