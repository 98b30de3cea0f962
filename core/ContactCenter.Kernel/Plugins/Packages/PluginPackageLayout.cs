namespace ContactCenter.Kernel.Plugins.Packages;

/// <summary>
/// Where each entry of a package goes in the installed folder.
/// <list type="bullet">
/// <item><c>.zip</c>: the installed folder is the archive: <c>plugin.json</c> and the assemblies at its root,
/// other files (e.g. <c>wwwroot/</c>) where they are.</item>
/// <item><c>.nupkg</c> (recognised by its <c>*.nuspec</c> at the root): <c>plugin.json</c> at the package root,
/// assemblies under <c>lib/net10.0/</c> (moved to the installed root); other root folders (e.g. <c>wwwroot/</c>)
/// kept as they are; NuGet's own files (<c>*.nuspec</c>, <c>_rels/</c>, <c>package/</c>,
/// <c>[Content_Types].xml</c>, <c>.signature.p7s</c>) and other target frameworks under <c>lib/</c> are left out.</item>
/// </list>
/// </summary>
internal static class PluginPackageLayout
{
    /// <summary>The target framework folder of a <c>.nupkg</c> whose assemblies are installed.</summary>
    public const string NupkgLibFolder = "lib/net10.0/";

    /// <summary>Whether the archive's entry names make it a NuGet package.</summary>
    public static bool IsNupkg(IEnumerable<string> entryNames) =>
        entryNames.Any(n => !n.Contains('/', StringComparison.Ordinal) && n.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));

    /// <summary>The path of an entry in the installed folder, or <see langword="null"/> to leave it out.</summary>
    /// <param name="entry">The normalized entry name (forward slashes, validated).</param>
    /// <param name="nupkg">Whether the package is a NuGet package.</param>
    /// <returns>The relative target path.</returns>
    public static string? TargetOf(string entry, bool nupkg)
    {
        if (!nupkg)
        {
            return entry;
        }

        if (entry.StartsWith(NupkgLibFolder, StringComparison.OrdinalIgnoreCase))
        {
            return entry[NupkgLibFolder.Length..];
        }

        var isNuGetFile = entry.StartsWith("lib/", StringComparison.OrdinalIgnoreCase)
            || entry.StartsWith("_rels/", StringComparison.Ordinal)
            || entry.StartsWith("package/", StringComparison.Ordinal)
            || entry is "[Content_Types].xml" or ".signature.p7s"
            || (!entry.Contains('/', StringComparison.Ordinal) && entry.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        return isNuGetFile ? null : entry;
    }
}
