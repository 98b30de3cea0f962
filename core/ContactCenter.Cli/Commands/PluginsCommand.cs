using System.CommandLine;
using ContactCenter.Cli.Connection;
using ContactCenter.Cli.Offline;
using ContactCenter.Cli.Plugins;

namespace ContactCenter.Cli.Commands;

/// <summary><c>cc plugins list|install|enable|disable|upgrade|uninstall|permissions|approve|revoke</c>: online through the running host, offline otherwise.</summary>
internal static class PluginsCommand
{
    public static Command Create(GlobalOptions options, OfflinePluginFactory offline)
    {
        var plugins = new Command("plugins", "Install, enable, disable, upgrade and uninstall plugins.");

        var list = new Command("list", "List installed plugins and their states.");
        list.SetAction((result, ct) => RunAsync(result, options, offline, async (ops, output, json) =>
        {
            var all = await ops.ListAsync(ct).ConfigureAwait(false);
            await PluginPrinter.PrintAsync(output, all, json).ConfigureAwait(false);
        }));
        plugins.Subcommands.Add(list);

        var package = new Argument<string>("package") { Description = "A .zip or .nupkg package, or a folder holding plugin.json." };
        var install = new Command("install", "Install and enable a plugin.") { package };
        install.SetAction((result, ct) => RunAsync(result, options, offline, async (ops, output, json) =>
            await PluginPrinter.PrintAsync(output, "Installed", await ops.InstallAsync(PackageSource.From(result.GetValue(package)!), ct).ConfigureAwait(false), json).ConfigureAwait(false)));
        plugins.Subcommands.Add(install);

        var upgradePackage = new Argument<string>("package") { Description = "The new version: a .zip or .nupkg package, or a folder holding plugin.json." };
        var upgrade = new Command("upgrade", "Replace an installed plugin with a new version in place.") { upgradePackage };
        upgrade.SetAction((result, ct) => RunAsync(result, options, offline, async (ops, output, json) =>
            await PluginPrinter.PrintAsync(output, "Upgraded", await ops.UpgradeAsync(PackageSource.From(result.GetValue(upgradePackage)!), ct).ConfigureAwait(false), json).ConfigureAwait(false)));
        plugins.Subcommands.Add(upgrade);

        plugins.Subcommands.Add(ById("enable", "Enable a plugin.", "Enabled", options, offline, (ops, id, ct) => ops.EnableAsync(id, ct)));
        plugins.Subcommands.Add(ById("disable", "Drain and unload a plugin, keeping it installed.", "Disabled", options, offline, (ops, id, ct) => ops.DisableAsync(id, ct)));

        var uninstallId = new Argument<string>("id") { Description = "The plugin id." };
        var uninstall = new Command("uninstall", "Drain, unload and remove a plugin; its stored documents are kept.") { uninstallId };
        uninstall.SetAction((result, ct) => RunAsync(result, options, offline, async (ops, output, _) =>
        {
            var id = result.GetValue(uninstallId)!;
            await ops.UninstallAsync(id, ct).ConfigureAwait(false);
            await output.WriteLineAsync($"Uninstalled {id}.").ConfigureAwait(false);
        }));
        plugins.Subcommands.Add(uninstall);
        foreach (var command in PluginPermissionsCommands.Create((result, body) => RunAsync(result, options, offline, body)))
        {
            plugins.Subcommands.Add(command);
        }

        return plugins;
    }

    private static Command ById(string name, string description, string done, GlobalOptions options, OfflinePluginFactory offline,
        Func<IPluginOperations, string, CancellationToken, Task<PluginSummary>> operation)
    {
        var id = new Argument<string>("id") { Description = "The plugin id." };
        var command = new Command(name, description) { id };
        command.SetAction((result, ct) => RunAsync(result, options, offline, async (ops, output, json) =>
            await PluginPrinter.PrintAsync(output, done, await operation(ops, result.GetValue(id)!, ct).ConfigureAwait(false), json).ConfigureAwait(false)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result, GlobalOptions options, OfflinePluginFactory offline,
        Func<IPluginOperations, TextWriter, bool, Task> body)
    {
        var settings = options.Read(result);
        var error = result.InvocationConfiguration.Error;
        var target = HostLocator.Locate(settings, error);
        IPluginOperations operations = target is null
            ? await offline(settings.DataDirectory, CancellationToken.None).ConfigureAwait(false)
            : new OnlinePluginOperations(new HostApiClient(target));
        await using (operations.ConfigureAwait(false))
        {
            await body(operations, result.InvocationConfiguration.Output, settings.Json).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
