using System.Text.RegularExpressions;
using ContactCenter.Sdk;
using NuGet.Versioning;

namespace ContactCenter.Kernel.Plugins.Manifest;

/// <summary>The rules of <c>plugin.json</c> fields that do not depend on other plugins.</summary>
internal static partial class ManifestRules
{
    /// <summary>Kernel path prefixes no plugin may claim as its public path.</summary>
    public static IReadOnlyList<string> ReservedPrefixes { get; } =
        ["/api/", "/hubs/", "/openapi/", "/scalar/", "/livez", "/healthz", "/readyz", "/agent/", "/supervisor/", "/admin/", "/_framework/", "/_content/"];

    /// <summary>The longest plugin id (so that collection names stay within provider limits).</summary>
    public const int MaxIdLength = 64;

    /// <summary>The host's SDK version as a semantic version.</summary>
    public static NuGetVersion HostSdkVersion { get; } = new(SdkInfo.Version.Major, SdkInfo.Version.Minor, Math.Max(SdkInfo.Version.Build, 0));

    public static bool IsValidId(string id) => id.Length <= MaxIdLength && IdPattern().IsMatch(id);

    public static bool IsValidPublicPath(string path) => PublicPathPattern().IsMatch(path);

    public static bool IsValidCollectionName(string name) => CollectionPattern().IsMatch(name);

    public static bool IsValidFieldPath(string path) => FieldPattern().IsMatch(path);

    /// <summary>The reserved prefix <paramref name="publicPath"/> collides with, if any.</summary>
    /// <remarks>A public path is one segment, so it collides when its segment is a reserved one's first segment.</remarks>
    public static string? ReservedPrefixOf(string publicPath) =>
        ReservedPrefixes.FirstOrDefault(p => string.Equals(p.Trim('/'), publicPath.Trim('/'), StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="path"/> is a relative path that stays inside its root (no <c>..</c>, not rooted).</summary>
    public static bool IsContainedRelativePath(string path) =>
        path.Length > 0
        && !Path.IsPathRooted(path)
        && !path.Contains('\\', StringComparison.Ordinal)
        && !path.Contains(':', StringComparison.Ordinal)
        && !path.Contains('\0', StringComparison.Ordinal)
        && path.Split('/').All(s => s.Length > 0 && s != "." && s != "..");

    /// <summary>The go-plugin style handshake message when the host's SDK is outside <paramref name="range"/>; otherwise <see langword="null"/>.</summary>
    public static string? CheckSdk(string id, string version, VersionRange range) =>
        range.Satisfies(HostSdkVersion)
            ? null
            : $"Plugin '{id}' {version} requires ContactCenter SDK {range.ToNormalizedString()}, but this host provides SDK {HostSdkVersion}. "
              + $"Install a version of the plugin built for SDK {HostSdkVersion.Major}.x, or a host whose SDK is in {range.ToNormalizedString()}.";

    [GeneratedRegex("^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^/[a-z0-9][a-z0-9-]*/$", RegexOptions.CultureInvariant)]
    private static partial Regex PublicPathPattern();

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex CollectionPattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPattern();
}
