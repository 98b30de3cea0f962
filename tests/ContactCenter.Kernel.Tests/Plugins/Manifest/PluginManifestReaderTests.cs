using System.Text.Json.Nodes;
using ContactCenter.Kernel.Plugins.Manifest;

namespace ContactCenter.Kernel.Tests.Plugins.Manifest;

public sealed class PluginManifestReaderTests
{
    private static JsonObject Valid() => new()
    {
        ["id"] = "cc.samples.echo",
        ["version"] = "1.2.0",
        ["name"] = "Echo",
        ["description"] = "Echoes.",
        ["assembly"] = "Echo.dll",
        ["sdk"] = "[1.0.0, 2.0.0)",
        ["kinds"] = new JsonArray("channel"),
        ["permissions"] = new JsonArray("interactions.write"),
    };

    private static ManifestCheck Read(JsonObject manifest) => PluginManifestReader.Read(manifest.ToJsonString(), packageRoot: null);

    [Fact]
    public void Read_ValidManifest_ReturnsItWithDefaults()
    {
        var check = Read(Valid());

        Assert.True(check.IsSupported, string.Join(" ", check.Errors));
        Assert.Equal("cc.samples.echo", check.Manifest!.Id);
        Assert.Equal("1.2.0", check.Manifest.VersionText);
        Assert.Equal(1024 * 1024, check.Manifest.MaxRequestBodyBytes);
        Assert.Equal("{}", check.Manifest.Configuration);
    }

    [Theory]
    [InlineData("id", "\"Cc.Echo\"", "'id'")]
    [InlineData("id", "\"cc..echo\"", "'id'")]
    [InlineData("id", "\"cc/echo\"", "'id'")]
    [InlineData("id", "42", "'id': must be a non-empty string")]
    [InlineData("version", "\"1.0\"", "'version'")]
    [InlineData("version", "\"1.0.0.0\"", "'version'")]
    [InlineData("version", "\"latest\"", "'version'")]
    [InlineData("name", "\"\"", "'name'")]
    [InlineData("description", "null", "'description': is required")]
    [InlineData("assembly", "\"../Echo.dll\"", "'assembly'")]
    [InlineData("assembly", "\"/abs/Echo.dll\"", "'assembly'")]
    [InlineData("assembly", "\"Echo.exe\"", "'assembly'")]
    [InlineData("sdk", "\"not a range\"", "'sdk'")]
    [InlineData("kinds", "[]", "'kinds': must name at least one")]
    [InlineData("kinds", "[\"teleport\"]", "'kinds': 'teleport' is not one of")]
    [InlineData("kinds", "[\"channel\", \"channel\"]", "listed more than once")]
    [InlineData("kinds", "\"channel\"", "'kinds': must be an array")]
    [InlineData("permissions", "[\"root\"]", "'permissions': 'root' is not one of")]
    [InlineData("publicPath", "\"webchat\"", "'publicPath'")]
    [InlineData("publicPath", "\"/WebChat/\"", "'publicPath'")]
    [InlineData("publicPath", "\"/a/b/\"", "'publicPath'")]
    [InlineData("staticAssets", "\"../www\"", "'staticAssets'")]
    [InlineData("maxRequestBodyBytes", "0", "'maxRequestBodyBytes'")]
    [InlineData("maxRequestBodyBytes", "52428801", "'maxRequestBodyBytes'")]
    [InlineData("maxRequestBodyBytes", "1.5", "'maxRequestBodyBytes'")]
    [InlineData("collections", "{\"Bad_Name\": {\"indexes\": []}}", "'collections.Bad_Name'")]
    [InlineData("collections", "{\"notes\": {\"indexes\": [\"a..b\"]}}", "'a..b' is not a field path")]
    [InlineData("collections", "{\"notes\": {\"indexs\": []}}", "unknown property 'indexs'")]
    [InlineData("configuration", "[1]", "'configuration': must be a JSON object")]
    [InlineData("configurationSchema", "\"schema\"", "'configurationSchema'")]
    public void Read_BadField_ReportsItByName(string field, string json, string expected)
    {
        var manifest = Valid();
        manifest[field] = JsonNode.Parse(json);

        var check = Read(manifest);

        Assert.False(check.IsValid);
        Assert.Contains(check.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("version")]
    [InlineData("name")]
    [InlineData("assembly")]
    [InlineData("sdk")]
    [InlineData("kinds")]
    public void Read_MissingRequiredField_ReportsIt(string field)
    {
        var manifest = Valid();
        manifest.Remove(field);

        var check = Read(manifest);

        Assert.Contains($"'{field}': is required.", check.Errors);
    }

    [Fact]
    public void Read_SeveralProblems_ReportsAllAtOnce()
    {
        var manifest = Valid();
        manifest["id"] = "Bad Id";
        manifest["version"] = "one";
        manifest["kinds"] = new JsonArray("nope");
        manifest["publicPath"] = "/api/";
        manifest["colections"] = new JsonObject();

        var check = Read(manifest);

        Assert.Equal(5, check.Errors.Count);
        Assert.Contains(check.Errors, e => e.StartsWith("'id'", StringComparison.Ordinal));
        Assert.Contains(check.Errors, e => e.StartsWith("'version'", StringComparison.Ordinal));
        Assert.Contains(check.Errors, e => e.StartsWith("'kinds'", StringComparison.Ordinal));
        Assert.Contains(check.Errors, e => e.StartsWith("'publicPath'", StringComparison.Ordinal));
        Assert.Contains(check.Errors, e => e.StartsWith("'colections': unknown property", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnknownProperty_IsAnError()
    {
        var manifest = Valid();
        manifest["permisions"] = new JsonArray();

        var check = Read(manifest);

        Assert.Equal(["'permisions': unknown property (check its spelling; known properties are id, version, name, description, assembly, startup, sdk, kinds, permissions, publicPath, staticAssets, configurationSchema, configuration, collections, maxRequestBodyBytes)."], check.Errors);
    }

    [Theory]
    [InlineData("/api/")]
    [InlineData("/hubs/")]
    [InlineData("/openapi/")]
    [InlineData("/scalar/")]
    [InlineData("/livez/")]
    [InlineData("/healthz/")]
    [InlineData("/readyz/")]
    [InlineData("/agent/")]
    [InlineData("/supervisor/")]
    [InlineData("/admin/")]
    public void Read_ReservedPublicPath_IsRefused(string path)
    {
        var manifest = Valid();
        manifest["publicPath"] = path;

        var check = Read(manifest);

        Assert.Contains(check.Errors, e => e.Contains("collides with the kernel's reserved path", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SdkRangeNotSatisfied_IsValidButNotSupportedNamingBothVersions()
    {
        var manifest = Valid();
        manifest["sdk"] = "[2.0.0, 3.0.0)";

        var check = Read(manifest);

        Assert.True(check.IsValid);
        Assert.False(check.IsSupported);
        Assert.Contains("requires ContactCenter SDK [2.0.0, 3.0.0)", check.SdkMismatch, StringComparison.Ordinal);
        Assert.Contains($"this host provides SDK {ManifestRules.HostSdkVersion}", check.SdkMismatch, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ConfigurationMatchingSchema_IsKept()
    {
        var manifest = Valid();
        manifest["configurationSchema"] = JsonNode.Parse("""{"type":"object","properties":{"greeting":{"type":"string"}},"required":["greeting"]}""");
        manifest["configuration"] = JsonNode.Parse("""{"greeting":"hola"}""");

        var check = Read(manifest);

        Assert.True(check.IsValid, string.Join(" ", check.Errors));
        Assert.Equal("""{"greeting":"hola"}""", check.Manifest!.Configuration);
    }

    [Fact]
    public void Read_ConfigurationNotMatchingSchema_NamesTheProblem()
    {
        var manifest = Valid();
        manifest["configurationSchema"] = JsonNode.Parse("""{"type":"object","properties":{"retries":{"type":"integer","maximum":5}},"required":["retries"]}""");
        manifest["configuration"] = JsonNode.Parse("""{"retries":9}""");

        var check = Read(manifest);

        var error = Assert.Single(check.Errors);
        Assert.StartsWith("'configuration': does not satisfy 'configurationSchema'", error, StringComparison.Ordinal);
        Assert.Contains("/retries", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SchemaWithRequiredDefaultMissing_IsRefused()
    {
        var manifest = Valid();
        manifest["configurationSchema"] = JsonNode.Parse("""{"type":"object","required":["apiKey"]}""");

        var check = Read(manifest);

        Assert.Contains(check.Errors, e => e.StartsWith("'configuration': does not satisfy", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NotJson_ReportsIt()
    {
        var check = PluginManifestReader.Read("{ not json", null);

        Assert.StartsWith("plugin.json is not valid JSON", Assert.Single(check.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDirectory_AssemblyMissingFromPackage_ReportsIt()
    {
        var dir = Directory.CreateTempSubdirectory("cc-manifest-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "plugin.json"), Valid().ToJsonString());

            var check = PluginManifestReader.ReadDirectory(dir.FullName);

            Assert.Equal(["'assembly': 'Echo.dll' is not in the package."], check.Errors);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void ReadDirectory_NoManifest_ReportsIt()
    {
        var dir = Directory.CreateTempSubdirectory("cc-manifest-");
        try
        {
            Assert.Equal(["plugin.json is missing from the package root."], PluginManifestReader.ReadDirectory(dir.FullName).Errors);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
