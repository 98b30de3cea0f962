namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>The outcome of a call the kernel made into the plugin under test, through its isolation (budget, breaker).</summary>
/// <param name="Succeeded">Whether the plugin's code completed without throwing within its budget.</param>
/// <param name="Failure">What went wrong otherwise: the exception, the overrun, or why the call could not be made.</param>
public sealed record PluginCall(bool Succeeded, string? Failure);
