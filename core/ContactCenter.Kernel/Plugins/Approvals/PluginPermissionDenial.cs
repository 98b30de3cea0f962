namespace ContactCenter.Kernel.Plugins.Approvals;

/// <summary>A refused plugin call.</summary>
/// <param name="PluginId">The plugin.</param>
/// <param name="Version">Its version that made the call.</param>
/// <param name="Permission">The permission the call needs.</param>
/// <param name="Operation">What it tried (e.g. <c>create an interaction</c>).</param>
/// <param name="Reason">Why: <c>not-requested</c> (its manifest does not ask for it) or <c>not-approved</c>.</param>
/// <param name="Suppressed">Refusals of the same kind since the last one reported (throttled).</param>
internal sealed record PluginPermissionDenial(string PluginId, string Version, string Permission, string Operation, string Reason, int Suppressed);
