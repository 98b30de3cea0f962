using ContactCenter.Host.Demo;
using ContactCenter.Host.Security.Authentication;
using ContactCenter.Host.Tests.EndToEnd;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCenter.Host.Tests.Demo.Channels;

/// <summary>
/// One real demo host (LiteDB, HTTPS on loopback) with the bundled plugins, for the demo channel tests. This project
/// does not pack its own bundled plugins (its other hosts run without them), so the host's packages, built beside the
/// host project, are copied to a private folder (the host's folder is re-packed by other builds) and installed from there.
/// </summary>
public sealed class DemoHostFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _bundled = Directory.CreateTempSubdirectory("cc-demo-bundled-");

    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        foreach (var package in Directory.GetFiles(HostBundledFolder(), "*.zip"))
        {
            File.Copy(package, Path.Combine(_bundled.FullName, Path.GetFileName(package)));
        }

        Host = await RunningHost.StartAsync((string?)null, builder =>
        {
            builder.Services.AddSingleton<ITokenAuthenticator, AgentTokens>();
            builder.Services.Replace(ServiceDescriptor.Singleton(new DemoOutput(TextWriter.Null)));
        }, "--CC:Storage:Provider=LiteDb", "--demo", $"--CC:Plugins:BundledDirectory={_bundled.FullName}");
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _bundled.Delete(recursive: true);
    }

    // tests/ContactCenter.Host.Tests/bin/{Configuration}/{tfm}/ → core/ContactCenter.Host/bin/{Configuration}/{tfm}/bundled-plugins
    private static string HostBundledFolder()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (tfm, configuration, repository) = (output.Name, output.Parent!.Name, output.Parent.Parent!.Parent!.Parent!.Parent!.FullName);
        var folder = Path.Combine(repository, "core", "ContactCenter.Host", "bin", configuration, tfm, "bundled-plugins");
        return Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException($"Build the host first: no bundled plugins in {folder}.");
    }
}
