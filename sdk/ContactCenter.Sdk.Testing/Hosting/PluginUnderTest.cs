using System.Reflection;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>
/// Finds the build output folder of the plugin a test project references with
/// <c>&lt;ProjectReference Include="…" PluginUnderTest="true" ReferenceOutputAssembly="false" /&gt;</c>
/// (the kit's build targets record it in the test assembly).
/// </summary>
public static class PluginUnderTest
{
    /// <summary>The assembly metadata key the kit's build targets write.</summary>
    public const string MetadataKey = "ContactCenter.PluginUnderTest";

    /// <summary>The folder of the plugin under test.</summary>
    /// <param name="testAssembly">The test assembly (e.g. <c>typeof(MyTests).Assembly</c>).</param>
    /// <param name="assemblyName">
    /// The plugin's assembly name, when the test project references more than one plugin; otherwise <see langword="null"/>.
    /// </param>
    /// <returns>The full path of the plugin's output folder.</returns>
    /// <exception cref="InvalidOperationException">No (or no single) plugin under test is recorded, or its folder has no <c>plugin.json</c>.</exception>
    public static string Directory(Assembly testAssembly, string? assemblyName = null)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        var folders = testAssembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key == MetadataKey && !string.IsNullOrEmpty(a.Value))
            .Select(a => a.Value!)
            .Where(f => assemblyName is null || File.Exists(Path.Combine(f, assemblyName + ".dll")))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var folder = folders.Count switch
        {
            1 => folders[0],
            0 => throw new InvalidOperationException(
                $"{testAssembly.GetName().Name} records no plugin under test{(assemblyName is null ? string.Empty : $" named {assemblyName}")}. " +
                "Reference the plugin project with <ProjectReference Include=\"…\" PluginUnderTest=\"true\" ReferenceOutputAssembly=\"false\" /> " +
                "and make sure the ContactCenter.Sdk.Testing build targets are imported (they are when the kit comes as a package)."),
            _ => throw new InvalidOperationException(
                $"{testAssembly.GetName().Name} references {folders.Count} plugins under test; name the one to load by its assembly name."),
        };
        return File.Exists(Path.Combine(folder, "plugin.json"))
            ? folder
            : throw new InvalidOperationException($"The plugin folder '{folder}' has no plugin.json: build the plugin project (its build copies plugin.json to its output).");
    }
}
