namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>What happened when the plugin under test was unloaded.</summary>
/// <param name="Collected">Whether its load context was garbage-collected (nothing kept its types alive).</param>
/// <param name="Reason">Why not, when it was not: the plugin host's <c>UnloadFailed</c> reason.</param>
public sealed record UnloadReport(bool Collected, string? Reason);
