using ContactCenter.Testing.Plugins;

namespace ContactCenter.Sdk.Testing.Tests.Support;

/// <summary>A plugin compiled by Roslyn into a temp folder, for tests that need a plugin the kit must judge.</summary>
internal sealed class BuiltPlugin : IDisposable
{
    private readonly string _root = System.IO.Directory.CreateTempSubdirectory("cc-kit-plugin-").FullName;

    public BuiltPlugin(string id, string kind, string source, string? manifestProperty = null, System.Text.Json.Nodes.JsonNode? value = null)
    {
        var plugin = TestPlugin.Create(id, "1.0.0").WithKinds(kind).WithSource(source);
        if (manifestProperty is not null)
        {
            plugin = plugin.WithManifestProperty(manifestProperty, value);
        }

        Folder = plugin.BuildToDirectory(Path.Combine(_root, "plugin"));
    }

    public string Folder { get; }

    public void Dispose() => System.IO.Directory.Delete(_root, recursive: true);
}
