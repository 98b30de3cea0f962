using System.Text.Json.Nodes;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>How a <see cref="PluginTestKernel"/> hosts the plugin under test.</summary>
public sealed class PluginTestOptions
{
    /// <summary>
    /// The plugin's folder: <c>plugin.json</c>, the plugin's assembly and its static assets, as the build writes them
    /// (see <see cref="PluginUnderTest.Directory"/>). It is copied before loading and never changed.
    /// </summary>
    public required string PluginDirectory { get; init; }

    /// <summary>
    /// Configuration values merged over the <c>configuration</c> defaults of <c>plugin.json</c> (top-level keys), as an
    /// operator would set them. The result is validated against the manifest's schema, as the host does.
    /// </summary>
    public JsonObject? Configuration { get; init; }

    /// <summary>
    /// The permissions an administrator approved for the plugin (<see cref="Permissions"/> names). By default
    /// (<see langword="null"/>) everything <c>plugin.json</c> requests is approved, as for a bundled plugin; an empty
    /// list approves nothing, as for a plugin just uploaded. A call needing a permission that is not approved throws
    /// <see cref="Errors.PermissionDeniedException"/> inside the plugin, as in the host (and an HTTP handler that lets
    /// it escape answers 403). Each name must be one the manifest requests. Change it during a test with
    /// <see cref="PluginTestKernel.GrantAsync"/> and <see cref="PluginTestKernel.RevokeAsync"/>.
    /// </summary>
    public IReadOnlyList<string>? GrantedPermissions { get; init; }

    /// <summary>Where the <see cref="Doubles.TestClock"/> starts; <see cref="Doubles.TestClock.DefaultStart"/> by default.</summary>
    public DateTimeOffset? ClockStart { get; init; }

    /// <summary>The time budget of one call into the plugin (the host's <c>CC:Plugins:CallBudget</c>). Default 5 s.</summary>
    public TimeSpan CallBudget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The time budget of one HTTP request to the plugin (the host's <c>CC:Plugins:HttpBudget</c>). Default 10 s.</summary>
    public TimeSpan HttpBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long in-flight calls may drain at unload (the host's <c>CC:Plugins:DrainTimeout</c>). Default 5 s.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
