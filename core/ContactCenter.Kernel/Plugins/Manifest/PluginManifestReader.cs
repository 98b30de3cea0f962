using System.Text.Json;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Plugins;
using NuGet.Versioning;

namespace ContactCenter.Kernel.Plugins.Manifest;

/// <summary>
/// Reads and checks <c>plugin.json</c> before any assembly loads, collecting every problem at once (each naming its
/// field) so that an author fixes them in one pass.
/// </summary>
internal static class PluginManifestReader
{
    /// <summary>The largest manifest file accepted.</summary>
    public const int MaxManifestBytes = 1024 * 1024;

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "$schema", "id", "version", "name", "description", "assembly", "startup", "sdk", "kinds", "permissions",
        "publicPath", "staticAssets", "configurationSchema", "configuration", "collections", "maxRequestBodyBytes",
    };

    /// <summary>Reads <c>plugin.json</c> from a package root and checks the files it names exist there.</summary>
    /// <param name="packageRoot">The folder holding <c>plugin.json</c>.</param>
    /// <returns>The check.</returns>
    public static ManifestCheck ReadDirectory(string packageRoot)
    {
        var path = Path.Combine(packageRoot, PluginManifest.FileName);
        if (!File.Exists(path))
        {
            return new ManifestCheck(null, [$"{PluginManifest.FileName} is missing from the package root."], null);
        }

        if (new FileInfo(path).Length > MaxManifestBytes)
        {
            return new ManifestCheck(null, [$"{PluginManifest.FileName} is larger than {MaxManifestBytes} bytes."], null);
        }

        return Read(File.ReadAllText(path), packageRoot);
    }

    /// <summary>Checks manifest text; with <paramref name="packageRoot"/>, also that the files it names exist.</summary>
    /// <param name="json">The manifest text.</param>
    /// <param name="packageRoot">The package root, or <see langword="null"/> to skip file checks.</param>
    /// <returns>The check.</returns>
    public static ManifestCheck Read(string json, string? packageRoot)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return new ManifestCheck(null, [$"{PluginManifest.FileName} is not valid JSON: {ex.Message}"], null);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new ManifestCheck(null, [$"{PluginManifest.FileName} must be a JSON object."], null);
            }

            return Check(new ManifestFields(document.RootElement), packageRoot);
        }
    }

    private static ManifestCheck Check(ManifestFields f, string? packageRoot)
    {
        foreach (var property in f.Root.EnumerateObject().Where(p => !Known.Contains(p.Name)))
        {
            f.Errors.Add($"'{property.Name}': unknown property (check its spelling; known properties are {string.Join(", ", Known.Where(k => k != "$schema"))}).");
        }

        var id = f.RequiredString("id");
        if (id is not null && !ManifestRules.IsValidId(id))
        {
            f.Errors.Add($"'id': '{id}' must be lower-case letters and digits separated by dots or dashes, starting with a letter, at most {ManifestRules.MaxIdLength} characters (e.g. cc.samples.echo).");
        }

        var versionText = f.RequiredString("version");
        NuGetVersion? version = null;
        if (versionText is not null && !NuGetVersion.TryParseStrict(versionText, out version))
        {
            f.Errors.Add($"'version': '{versionText}' is not a semantic version (SemVer 2.0, e.g. 1.2.0 or 1.2.0-beta.1).");
        }

        var name = f.RequiredString("name", maxLength: 100);
        var description = f.RequiredString("description", maxLength: 2000);
        var assembly = f.RequiredString("assembly");
        if (assembly is not null)
        {
            if (!ManifestRules.IsContainedRelativePath(assembly) || !assembly.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                f.Errors.Add($"'assembly': '{assembly}' must be a relative path to a .dll inside the package.");
            }
            else if (packageRoot is not null && !File.Exists(Path.Combine(packageRoot, assembly)))
            {
                f.Errors.Add($"'assembly': '{assembly}' is not in the package.");
            }
        }

        var startup = f.OptionalString("startup");
        var sdkText = f.RequiredString("sdk");
        VersionRange? sdk = null;
        if (sdkText is not null && !VersionRange.TryParse(sdkText, out sdk))
        {
            f.Errors.Add($"'sdk': '{sdkText}' is not a NuGet version range (e.g. [1.0.0, 2.0.0)).");
        }

        var kinds = f.StringArray("kinds", required: true, PluginKinds.All);
        if (kinds is { Count: 0 })
        {
            f.Errors.Add($"'kinds': must name at least one of {string.Join(", ", PluginKinds.All)}.");
        }

        var permissions = f.StringArray("permissions", required: false, Permissions.All) ?? [];
        var publicPath = f.OptionalString("publicPath");
        if (publicPath is not null)
        {
            if (!ManifestRules.IsValidPublicPath(publicPath))
            {
                f.Errors.Add($"'publicPath': '{publicPath}' must be one lower-case path segment between slashes, e.g. /webchat/.");
            }
            else if (ManifestRules.ReservedPrefixOf(publicPath) is { } reserved)
            {
                f.Errors.Add($"'publicPath': '{publicPath}' collides with the kernel's reserved path {reserved}.");
            }
        }

        var staticAssets = f.OptionalString("staticAssets");
        if (staticAssets is not null)
        {
            if (!ManifestRules.IsContainedRelativePath(staticAssets.TrimEnd('/')))
            {
                f.Errors.Add($"'staticAssets': '{staticAssets}' must be a relative folder inside the package.");
            }
            else if (packageRoot is not null && !Directory.Exists(Path.Combine(packageRoot, staticAssets)))
            {
                f.Errors.Add($"'staticAssets': folder '{staticAssets}' is not in the package.");
            }
        }

        var (schema, configuration) = ConfigurationSchemaCheck.Check(f);
        var collections = f.Collections();
        var maxBody = f.OptionalInteger("maxRequestBodyBytes", 1, PluginManifest.MaxRequestBodyLimit) ?? PluginManifest.DefaultMaxRequestBodyBytes;

        if (f.Errors.Count > 0)
        {
            return new ManifestCheck(null, f.Errors, null);
        }

        var manifest = new PluginManifest
        {
            Id = id!,
            Version = version!,
            Name = name!,
            Description = description!,
            Assembly = assembly!,
            Startup = startup,
            Sdk = sdk!,
            Kinds = kinds!,
            Permissions = permissions,
            PublicPath = publicPath,
            StaticAssets = staticAssets?.TrimEnd('/'),
            ConfigurationSchema = schema,
            Configuration = configuration,
            Collections = collections,
            MaxRequestBodyBytes = maxBody,
        };
        return new ManifestCheck(manifest, [], ManifestRules.CheckSdk(manifest.Id, manifest.VersionText, manifest.Sdk));
    }
}
