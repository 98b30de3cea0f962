namespace ContactCenter.Samples.EchoChannel;

/// <summary>Which plugin and version is answering; served at <c>GET /version</c> so an upgrade can be seen.</summary>
/// <param name="Plugin">The plugin id.</param>
/// <param name="Version">The loaded version.</param>
public sealed record PluginVersion(string Plugin, string Version);
