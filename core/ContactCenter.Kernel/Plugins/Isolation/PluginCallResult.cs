namespace ContactCenter.Kernel.Plugins.Isolation;

/// <summary>The result of one isolated call into plugin code.</summary>
/// <typeparam name="T">The call's value type.</typeparam>
/// <param name="Outcome">How it ended.</param>
/// <param name="Value">The value, when it succeeded.</param>
/// <param name="Exception">What it threw, when it failed.</param>
/// <param name="Reason">A sentence for operators, when it did not succeed.</param>
internal sealed record PluginCallResult<T>(PluginCallOutcome Outcome, T? Value, Exception? Exception, string? Reason)
{
    public bool Succeeded => Outcome == PluginCallOutcome.Succeeded;
}
