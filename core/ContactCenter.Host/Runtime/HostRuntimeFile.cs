using System.Reflection;
using System.Text.Json;
using ContactCenter.Host.Security.Tls;
using ContactCenter.Kernel;
using ContactCenter.Kernel.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Runtime;

/// <summary>Writes <c>{DataDirectory}/host.json</c> once the server listens, and removes it when the host stops.</summary>
internal sealed partial class HostRuntimeFile(
    IServer server,
    HostCertificateProvider certificates,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<HostRuntimeFile> logger) : IHostedLifecycleService
{
    public static string HostVersion { get; } =
        typeof(HostRuntimeFile).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public string Path => System.IO.Path.Combine(storage.Value.FullDataDirectory, HostRuntimeInfo.FileName);

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];
        var info = new HostRuntimeInfo(urls, Environment.ProcessId, certificates.Thumbprint, HostVersion, time.GetUtcNow());
        Directory.CreateDirectory(storage.Value.FullDataDirectory);
        var temporary = Path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(info, KernelJson.Options));
        File.Move(temporary, Path, overwrite: true);
        var listening = string.Join(' ', urls);
        LogWritten(Path, listening);
        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        // Only our own file: a second host started by mistake on the same directory must not remove the first one's.
        if (File.Exists(Path) && ReadPid() == Environment.ProcessId)
        {
            File.Delete(Path);
        }

        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private int? ReadPid()
    {
        try
        {
            return JsonSerializer.Deserialize<HostRuntimeInfo>(File.ReadAllBytes(Path), KernelJson.Options)?.Pid;
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null;
        }
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Listening on {Urls}; wrote {Path}")]
    private partial void LogWritten(string path, string urls);
}
