using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Testing.Plugins;

/// <summary>
/// Builds a real plugin for tests: C# source compiled with Roslyn against <c>ContactCenter.Sdk</c>, a
/// <c>plugin.json</c>, and optional files, written to a folder or packed as <c>.zip</c> / <c>.nupkg</c>.
/// </summary>
/// <example>
/// <code>
/// var dir = TestPlugin.Create("cc.test.echo", "1.0.0")
///     .WithKinds(PluginKinds.Extension)
///     .WithSource(TestPluginSources.HttpReply("hello"))
///     .BuildToDirectory(Path.Combine(temp, "echo"));
/// </code>
/// </example>
public sealed class TestPlugin
{
    private readonly JsonObject _manifest;
    private readonly List<string> _sources = [];
    private readonly List<string> _references = [];
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private bool _shipSdkCopy;
    private bool _compile = true;

    private TestPlugin(string id, string version)
    {
        Id = id;
        Version = version;
        _manifest = new JsonObject
        {
            ["id"] = id,
            ["version"] = version,
            ["name"] = $"Test plugin {id}",
            ["description"] = $"Plugin {id} {version} built by a test.",
            ["assembly"] = $"{id}.dll",
            ["sdk"] = "[1.0.0, 2.0.0)",
            ["kinds"] = new JsonArray(PluginKinds.Extension),
            ["permissions"] = new JsonArray(),
        };
    }

    /// <summary>The plugin id.</summary>
    public string Id { get; }

    /// <summary>The plugin version.</summary>
    public string Version { get; }

    /// <summary>The manifest as it will be written.</summary>
    public JsonObject Manifest => _manifest;

    /// <summary>Starts a plugin with a minimal valid manifest (kind <c>extension</c>, SDK <c>[1.0.0, 2.0.0)</c>) and no source.</summary>
    /// <param name="id">The plugin id.</param>
    /// <param name="version">The plugin version.</param>
    /// <returns>The builder.</returns>
    public static TestPlugin Create(string id, string version) => new(id, version);

    /// <summary>Adds a C# source file (see <see cref="TestPluginCompiler.GlobalUsings"/> for the usings it gets).</summary>
    public TestPlugin WithSource(string source)
    {
        _sources.Add(source);
        return this;
    }

    /// <summary>Sets <c>kinds</c>.</summary>
    public TestPlugin WithKinds(params string[] kinds) => Set("kinds", new JsonArray(kinds.Select(k => (JsonNode?)k).ToArray()));

    /// <summary>Sets <c>permissions</c>.</summary>
    public TestPlugin WithPermissions(params string[] permissions) => Set("permissions", new JsonArray(permissions.Select(k => (JsonNode?)k).ToArray()));

    /// <summary>Sets <c>sdk</c>, the SDK version range.</summary>
    public TestPlugin WithSdkRange(string range) => Set("sdk", range);

    /// <summary>Sets <c>publicPath</c>.</summary>
    public TestPlugin WithPublicPath(string publicPath) => Set("publicPath", publicPath);

    /// <summary>Sets <c>startup</c>, the startup type's full name.</summary>
    public TestPlugin WithStartup(string typeName) => Set("startup", typeName);

    /// <summary>Sets <c>maxRequestBodyBytes</c>.</summary>
    public TestPlugin WithMaxRequestBodyBytes(long bytes) => Set("maxRequestBodyBytes", bytes);

    /// <summary>Sets <c>configurationSchema</c> from JSON text.</summary>
    public TestPlugin WithConfigurationSchema(string schemaJson) => Set("configurationSchema", JsonNode.Parse(schemaJson));

    /// <summary>Sets <c>configuration</c> from JSON text.</summary>
    public TestPlugin WithConfiguration(string configurationJson) => Set("configuration", JsonNode.Parse(configurationJson));

    /// <summary>Declares a collection with indexed fields under <c>collections</c>.</summary>
    public TestPlugin WithCollection(string name, params string[] indexes)
    {
        if (_manifest["collections"] is not JsonObject collections)
        {
            collections = [];
            _manifest["collections"] = collections;
        }

        collections[name] = new JsonObject { ["indexes"] = new JsonArray(indexes.Select(i => (JsonNode?)i).ToArray()) };
        return this;
    }

    /// <summary>Adds a static file under the <c>wwwroot</c> folder and declares it as <c>staticAssets</c>.</summary>
    public TestPlugin WithStaticAsset(string relativePath, string content)
    {
        Set("staticAssets", "wwwroot");
        return WithFile($"wwwroot/{relativePath}", System.Text.Encoding.UTF8.GetBytes(content));
    }

    /// <summary>Adds any file to the package (relative path with <c>/</c>).</summary>
    public TestPlugin WithFile(string relativePath, byte[] content)
    {
        _files[relativePath] = content;
        return this;
    }

    /// <summary>Sets, replaces or (with <see langword="null"/>) removes a raw manifest property: for bad-manifest tests.</summary>
    public TestPlugin WithManifestProperty(string name, JsonNode? value)
    {
        if (value is null)
        {
            _manifest.Remove(name);
            return this;
        }

        return Set(name, value);
    }

    /// <summary>Copies <c>ContactCenter.Sdk.dll</c> into the plugin folder, as a badly packaged plugin would.</summary>
    public TestPlugin WithSdkCopy()
    {
        _shipSdkCopy = true;
        return this;
    }

    /// <summary>References a further assembly when compiling (it is copied into the plugin folder).</summary>
    public TestPlugin WithReference(string assemblyPath)
    {
        _references.Add(assemblyPath);
        return this;
    }

    /// <summary>Writes no compiled assembly (the manifest's <c>assembly</c> must then come from <see cref="WithFile"/>, or be missing).</summary>
    public TestPlugin WithoutAssembly()
    {
        _compile = false;
        return this;
    }

    /// <summary>Writes the plugin (assembly, <c>plugin.json</c>, files) into <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder; created if missing.</param>
    /// <returns>The folder's full path.</returns>
    public string BuildToDirectory(string directory)
    {
        directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(directory);
        if (_compile)
        {
            var assembly = _manifest["assembly"]?.GetValue<string>() ?? $"{Id}.dll";
            TestPluginCompiler.Compile(Path.GetFileNameWithoutExtension(assembly), _sources, Path.Combine(directory, assembly), _references);
        }

        foreach (var reference in _references)
        {
            File.Copy(reference, Path.Combine(directory, Path.GetFileName(reference)), overwrite: true);
        }

        if (_shipSdkCopy)
        {
            var sdk = typeof(IPluginStartup).Assembly.Location;
            File.Copy(sdk, Path.Combine(directory, Path.GetFileName(sdk)), overwrite: true);
        }

        foreach (var (path, content) in _files)
        {
            var target = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }

        File.WriteAllText(Path.Combine(directory, "plugin.json"), _manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return directory;
    }

    /// <summary>Builds the plugin and packs it as a <c>.zip</c> with <c>plugin.json</c> at the root.</summary>
    /// <param name="path">The package file to write.</param>
    /// <returns>The package's full path.</returns>
    public string PackZip(string path) => TestPluginPackager.Pack(this, path, nupkg: false);

    /// <summary>Builds the plugin and packs it as a <c>.nupkg</c>: <c>plugin.json</c> at the root, assemblies under <c>lib/net10.0/</c>.</summary>
    /// <param name="path">The package file to write.</param>
    /// <returns>The package's full path.</returns>
    public string PackNupkg(string path) => TestPluginPackager.Pack(this, path, nupkg: true);

    private TestPlugin Set(string name, JsonNode? value)
    {
        _manifest[name] = value;
        return this;
    }
}
