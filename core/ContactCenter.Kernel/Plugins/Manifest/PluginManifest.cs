using NuGet.Versioning;

namespace ContactCenter.Kernel.Plugins.Manifest;

/// <summary>A validated <c>plugin.json</c>.</summary>
internal sealed record PluginManifest
{
    /// <summary>The manifest's file name.</summary>
    public const string FileName = "plugin.json";

    /// <summary>The default and largest request body a plugin may accept.</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    /// <summary>The largest <c>maxRequestBodyBytes</c> a manifest may declare.</summary>
    public const long MaxRequestBodyLimit = 50L * 1024 * 1024;

    public required string Id { get; init; }

    public required NuGetVersion Version { get; init; }

    /// <summary>The version as text, also the name of its folder.</summary>
    public string VersionText => Version.ToNormalizedString();

    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>The main assembly, relative to the package root.</summary>
    public required string Assembly { get; init; }

    /// <summary>The startup type's full name, or <see langword="null"/> for the single <c>IPluginStartup</c> in the assembly.</summary>
    public string? Startup { get; init; }

    public required VersionRange Sdk { get; init; }

    public required IReadOnlyList<string> Kinds { get; init; }

    public IReadOnlyList<string> Permissions { get; init; } = [];

    /// <summary>The public path, e.g. <c>/webchat/</c>.</summary>
    public string? PublicPath { get; init; }

    /// <summary>The static assets folder, relative to the package root.</summary>
    public string? StaticAssets { get; init; }

    /// <summary>The configuration schema as JSON text, if any.</summary>
    public string? ConfigurationSchema { get; init; }

    /// <summary>The configuration (defaults) as a JSON object text, validated against the schema.</summary>
    public string Configuration { get; init; } = "{}";

    /// <summary>Collections and their indexed fields.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Collections { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public long MaxRequestBodyBytes { get; init; } = DefaultMaxRequestBodyBytes;
}
