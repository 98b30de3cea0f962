using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ContactCenter.Cli.Tests.Samples;

/// <summary>
/// Builds a sample's plugin package exactly as its README says (<c>dotnet publish -c Release -p:PluginVersion=X</c>),
/// into a private folder: build outputs go to their own artifacts path, so the repository's bin/obj are not touched.
/// </summary>
internal sealed class SamplePackages : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cc-sample-packages-").FullName;

    public async Task<string> PublishAsync(string sampleFolder, string projectName, string version)
    {
        var project = Path.Combine(RepositoryRoot(), "samples", sampleFolder, projectName + ".csproj");
        var packages = Path.Combine(_root, "packages");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "publish", project, "-c", "Release", "-nologo", "-v", "quiet", $"-p:PluginVersion={version}",
                $"-p:PluginPackageDirectory={packages}", "--artifacts-path", Path.Combine(_root, "artifacts"),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        var zip = Path.Combine(packages, $"{projectName}-{version}.zip");
        return process.ExitCode == 0 && File.Exists(zip)
            ? zip
            : throw new InvalidOperationException($"dotnet publish of {projectName} {version} failed ({process.ExitCode}):{Environment.NewLine}{await output}{await error}");
    }

    /// <summary>The sample's own <c>plugin.json</c>, as written in the repository.</summary>
    public static JsonNode SourceManifest(string sampleFolder) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", sampleFolder, "plugin.json")))!;

    /// <summary>The <c>plugin.json</c> inside a published package.</summary>
    public static JsonNode PackagedManifest(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("plugin.json")!.Open());
        return JsonNode.Parse(reader.ReadToEnd())!;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContactCenter.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ContactCenter.sln) is not above the test's folder.");
    }
}
