using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;

namespace ContactCenter.Host.Tests.Durability;

/// <summary>
/// The host as a separate operating-system process (<c>dotnet ContactCenter.Host.dll</c>), so that a test can
/// SIGKILL it the way a crash or an OOM killer would: no shutdown code runs, nothing is flushed on the way out.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _log = new();

    private HostProcess(Process process, Uri baseAddress, string certificateSha256, string token)
    {
        _process = process;
        BaseAddress = baseAddress;
        CertificateSha256 = certificateSha256;
        Token = token;
    }

    public Uri BaseAddress { get; }

    public string CertificateSha256 { get; }

    public string Token { get; }

    public static string HostAssembly { get; } = FindHostAssembly();

    /// <summary>Starts the host on <paramref name="dataDirectory"/> and waits until it answers <c>/livez</c> (its store opened during start-up).</summary>
    public static async Task<HostProcess> StartAsync(string dataDirectory, params string[] extra)
    {
        var runtimeFile = Path.Combine(dataDirectory, "host.json");
        Directory.CreateDirectory(dataDirectory);
        File.Delete(runtimeFile);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[HostAssembly, "--urls", "https://127.0.0.1:0", $"--CC:Storage:DataDirectory={dataDirectory}", "--CC:Cluster:SiloPort=0", "--Logging:LogLevel:Default=Warning", .. extra])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(180))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode} during start-up:\n{Snapshot(log)}");
            }

            if (TryReadRuntime(runtimeFile, process.Id) is { } runtime)
            {
                var token = (await File.ReadAllTextAsync(Path.Combine(dataDirectory, "secrets", "admin.token"))).Trim();
                var host = new HostProcess(process, runtime.Address, runtime.Pin, token);
                host._log.Append(Snapshot(log));
                if (await host.IsReadyAsync())
                {
                    return host;
                }
            }

            await Task.Delay(100);
        }

        process.Kill();
        throw new TimeoutException($"The host did not become ready in 180 s:\n{Snapshot(log)}");
    }

    /// <summary>SIGKILL: the process ends at once, mid-write if it was writing.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync();
    }

    public HttpClient CreateClient()
    {
        var pin = CertificateSha256;
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is X509Certificate2 c && c.GetCertHashString(HashAlgorithmName.SHA256) == pin,
            },
        };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task<bool> IsReadyAsync()
    {
        try
        {
            using var client = CreateClient();
            using var response = await client.GetAsync(new Uri("/livez", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static (Uri Address, string Pin)? TryReadRuntime(string path, int pid)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            if (root.GetProperty("pid").GetInt32() != pid)
            {
                return null;
            }

            var url = root.GetProperty("urls").EnumerateArray().Select(u => u.GetString()!).First(u => u.StartsWith("https://", StringComparison.Ordinal));
            return (new Uri(url), root.GetProperty("certificateSha256").GetString()!);
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Not written yet, or being written.
            return null;
        }
    }

    private static void Append(System.Text.StringBuilder log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }

    private static string Snapshot(System.Text.StringBuilder log)
    {
        lock (log)
        {
            return log.ToString();
        }
    }

    private static string FindHostAssembly()
    {
        // The host's own build output (with its runtimeconfig and deps files), in the same configuration as the tests.
        var baseDirectory = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = baseDirectory.Parent!.Name;
        var framework = baseDirectory.Name;
        for (var directory = baseDirectory; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ContactCenter.sln")))
            {
                var path = Path.Combine(directory.FullName, "core", "ContactCenter.Host", "bin", configuration, framework, "ContactCenter.Host.dll");
                return File.Exists(path) ? path : throw new FileNotFoundException($"Build the host first: {path} is missing.", path);
            }
        }

        throw new DirectoryNotFoundException($"No ContactCenter.sln above {AppContext.BaseDirectory}.");
    }
}
