namespace ContactCenter.Cli.Connection;

/// <summary>The global options of a command.</summary>
/// <param name="DataDirectory">The platform's data directory (absolute).</param>
/// <param name="Url">An explicit host address, forcing online mode.</param>
/// <param name="Pin">An explicit certificate fingerprint to pin.</param>
/// <param name="Json">Print JSON instead of text.</param>
public sealed record CliSettings(string DataDirectory, Uri? Url, string? Pin, bool Json);
