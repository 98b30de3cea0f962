using System.IO.Compression;
using System.Text.Json.Nodes;
using ContactCenter.Kernel.Plugins.Manifest;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Testing.Plugins;

namespace ContactCenter.Kernel.Tests.Plugins.Packages;

/// <summary>Bad packages are refused with a clear message, and nothing changes on disk or in the registry.</summary>
public sealed class PackageRefusalTests
{
    [Fact]
    public async Task InstallAsync_CorruptArchive_IsRefused()
    {
        await AssertRefusedAsync(_ => new MemoryStream("this is not a zip file at all"u8.ToArray()), "plugin.package-corrupt", "not a readable .zip or .nupkg");
    }

    [Fact]
    public async Task InstallAsync_TruncatedArchive_IsRefused()
    {
        await AssertRefusedAsync(
            host =>
            {
                var bytes = File.ReadAllBytes(TestPlugin.Create("cc.test.cut", "1.0.0").WithSource(Sources.Http).PackZip(Path.Combine(host.Work, "cut.zip")));
                return new MemoryStream(bytes[..(bytes.Length / 2)]);
            },
            "plugin.package-corrupt",
            "not a readable");
    }

    [Theory]
    [InlineData("../evil.txt")]
    [InlineData("wwwroot/../../evil.txt")]
    [InlineData("..\\evil.txt")]
    [InlineData("/etc/evil.txt")]
    [InlineData("C:/evil.txt")]
    public async Task InstallAsync_EscapingEntryPath_IsRefused(string entry)
    {
        await AssertRefusedAsync(host => ZipWith(host, manifest: true, (entry, "x"u8.ToArray())), "plugin.package-unsafe", "absolute or escaping path");
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "evil.txt")));
    }

    [Fact]
    public async Task InstallAsync_TooLargeUncompressed_IsRefused()
    {
        await AssertRefusedAsync(
            host => ZipWith(host, manifest: true, ("big.bin", new byte[300 * 1024])),
            "plugin.package-too-large",
            "larger than 200000 bytes uncompressed (CC:Plugins:MaxPackageBytes)",
            s => s["CC:Plugins:MaxPackageBytes"] = "200000");
    }

    [Fact]
    public async Task InstallAsync_TooManyEntries_IsRefused()
    {
        await AssertRefusedAsync(
            host => ZipWith(host, manifest: true, Enumerable.Range(0, 30).Select(i => ($"f{i}.txt", "x"u8.ToArray())).ToArray()),
            "plugin.package-too-large",
            "at most 20 are allowed (CC:Plugins:MaxPackageEntries)",
            s => s["CC:Plugins:MaxPackageEntries"] = "20");
    }

    [Fact]
    public async Task InstallAsync_MissingAssembly_IsRefused()
    {
        await AssertRefusedAsync(
            host => File.OpenRead(TestPlugin.Create("cc.test.noasm", "1.0.0").WithoutAssembly().PackZip(Path.Combine(host.Work, "p.zip"))),
            "plugin.manifest-invalid",
            "'assembly': 'cc.test.noasm.dll' is not in the package.");
    }

    [Fact]
    public async Task InstallAsync_MissingManifest_IsRefused()
    {
        await AssertRefusedAsync(host => ZipWith(host, manifest: false, ("cc.test.x.dll", "MZ"u8.ToArray())), "plugin.manifest-invalid", "plugin.json is missing from the package root.");
    }

    [Fact]
    public async Task InstallAsync_InvalidManifest_ListsEveryProblem()
    {
        var error = await AssertRefusedAsync(
            host => File.OpenRead(TestPlugin.Create("cc.test.bad", "1.0.0").WithSource(Sources.Http)
                .WithManifestProperty("version", "v1").WithManifestProperty("kinds", new JsonArray("nope")).PackZip(Path.Combine(host.Work, "p.zip"))),
            "plugin.manifest-invalid",
            "has 2 problem(s)");
        Assert.Contains("'version'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'kinds'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallAsync_SdkRangeNotSupported_IsRefusedNamingBothVersions()
    {
        var error = await AssertRefusedAsync(
            host => File.OpenRead(TestPlugin.Create("cc.test.future", "1.0.0").WithSource(Sources.Http).WithSdkRange("[3.0.0, 4.0.0)").PackZip(Path.Combine(host.Work, "p.zip"))),
            "plugin.sdk-unsupported",
            $"requires ContactCenter SDK [3.0.0, 4.0.0), but this host provides SDK {ManifestRules.HostSdkVersion}");
        Assert.NotNull(error);
    }

    [Fact]
    public async Task InstallAsync_PublicPathOfAnotherPlugin_IsRefused()
    {
        await AssertRefusedAsync(
            host => File.OpenRead(TestPlugin.Create("cc.test.second", "1.0.0").WithSource(Sources.Http).WithPublicPath("/webchat/").PackZip(Path.Combine(host.Work, "p2.zip"))),
            "plugin.conflict",
            "The public path /webchat/ is already declared by plugin 'cc.test.first'.",
            arrange: async host => await host.Manager.InstallFromDirectoryAsync(
                TestPlugin.Create("cc.test.first", "1.0.0").WithSource(Sources.Http).WithPublicPath("/webchat/").BuildToDirectory(Path.Combine(host.Work, "first")), default));
    }

    private static async Task<PluginOperationException> AssertRefusedAsync(
        Func<PluginTestHost, Stream> package,
        string code,
        string message,
        Action<Dictionary<string, string?>>? settings = null,
        Func<PluginTestHost, Task>? arrange = null)
    {
        await using var host = await PluginTestHost.StartAsync(settings);
        if (arrange is not null)
        {
            await arrange(host);
        }

        await using var stream = package(host);
        var before = await Snapshot.TakeAsync(host);
        var listBefore = host.Manager.List().Count;

        var error = await Assert.ThrowsAsync<PluginOperationException>(async () => await host.Manager.InstallAsync(stream, default));

        Assert.Equal(code, error.ErrorCode);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Snapshot.TakeAsync(host));
        Assert.Equal(listBefore, host.Manager.List().Count);
        return error;
    }

    private static MemoryStream ZipWith(PluginTestHost host, bool manifest, params (string Name, byte[] Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (manifest)
            {
                using var writer = new StreamWriter(zip.CreateEntry("plugin.json").Open());
                writer.Write(TestPlugin.Create("cc.test.zip", "1.0.0").Manifest.ToJsonString());
            }

            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        stream.Position = 0;
        _ = host;
        return stream;
    }
}
