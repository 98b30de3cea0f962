using System.CommandLine;
using ContactCenter.Cli.Plugins;

namespace ContactCenter.Cli.Commands;

/// <summary><c>cc plugins permissions|approve|revoke</c>: what a plugin requests and what an administrator approved.</summary>
internal static class PluginPermissionsCommands
{
    public static IEnumerable<Command> Create(Func<ParseResult, Func<IPluginOperations, TextWriter, bool, Task>, Task<int>> run)
    {
        var id = new Argument<string>("id") { Description = "The plugin id." };
        var show = new Command("permissions", "Show what a plugin requests, what is approved and what is pending.") { id };
        show.SetAction((result, ct) => run(result, async (ops, output, json) =>
            await PluginPermissionsPrinter.PrintAsync(output, await ops.GetPermissionsAsync(result.GetValue(id)!, ct).ConfigureAwait(false), json).ConfigureAwait(false)));
        yield return show;
        yield return Change("approve", "Approve permissions a plugin requests (audited).", run, (ops, plugin, names, ct) => ops.ApprovePermissionsAsync(plugin, names, ct));
        yield return Change("revoke", "Revoke a plugin's permissions; its next call needing one is refused (audited).", run, (ops, plugin, names, ct) => ops.RevokePermissionsAsync(plugin, names, ct));
    }

    private static Command Change(string name, string description, Func<ParseResult, Func<IPluginOperations, TextWriter, bool, Task>, Task<int>> run,
        Func<IPluginOperations, string, IReadOnlyList<string>, CancellationToken, Task<PluginPermissionsSummary>> operation)
    {
        var id = new Argument<string>("id") { Description = "The plugin id." };
        var names = new Argument<string[]>("permissions") { Description = "Permission names, e.g. interactions.write.", Arity = ArgumentArity.OneOrMore };
        var command = new Command(name, description) { id, names };
        command.SetAction((result, ct) => run(result, async (ops, output, json) =>
            await PluginPermissionsPrinter.PrintAsync(output, await operation(ops, result.GetValue(id)!, result.GetValue(names)!, ct).ConfigureAwait(false), json).ConfigureAwait(false)));
        return command;
    }
}
