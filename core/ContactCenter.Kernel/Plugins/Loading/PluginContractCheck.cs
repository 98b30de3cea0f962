using Autofac;
using ContactCenter.Kernel.Plugins.Manifest;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Kernel.Plugins.Loading;

#pragma warning disable CCPREVIEW // The kernel checks that preview contracts match the kinds a manifest declares.

/// <summary>Checks the contracts a plugin registered against the kinds its manifest declares, both ways.</summary>
internal static class PluginContractCheck
{
    /// <summary>Every mismatch, or an empty list.</summary>
    public static IReadOnlyList<string> Check(PluginManifest manifest, PluginInstance instance)
    {
        var provided = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            [PluginKinds.Channel] = instance.Channels.Count > 0,
            [PluginKinds.Routing] = instance.Strategies.Count > 0,
            [PluginKinds.Dialer] = instance.Scope.IsRegistered<Sdk.Preview.IDialerMode>(),
            [PluginKinds.Report] = instance.Scope.IsRegistered<Sdk.Preview.IReport>(),
            [PluginKinds.Crm] = instance.Scope.IsRegistered<Sdk.Preview.ICrmConnector>(),
            [PluginKinds.Catalog] = instance.Scope.IsRegistered<Sdk.Preview.ICatalogAdapter>(),
        };
        var problems = new List<string>();
        foreach (var (kind, registered) in provided)
        {
            var declared = manifest.Kinds.Contains(kind, StringComparer.Ordinal);
            if (declared && !registered)
            {
                problems.Add($"plugin.json declares kind '{kind}' but the plugin registers no {ContractOf(kind)}.");
            }
            else if (!declared && registered)
            {
                problems.Add($"The plugin registers a {ContractOf(kind)} but plugin.json does not declare kind '{kind}'.");
            }
        }

        problems.AddRange(Duplicates(instance.Channels.Select(c => c.Name), "channel"));
        problems.AddRange(Duplicates(instance.Strategies.Select(s => s.Name), "routing strategy"));
        return problems;
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> names, string what) =>
        names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"The plugin registers two {what}s named '{g.Key}'.");

    private static string ContractOf(string kind) => kind switch
    {
        PluginKinds.Channel => "IChannel",
        PluginKinds.Routing => "IRoutingStrategy",
        PluginKinds.Dialer => "IDialerMode",
        PluginKinds.Report => "IReport",
        PluginKinds.Crm => "ICrmConnector",
        _ => "ICatalogAdapter",
    };
}
