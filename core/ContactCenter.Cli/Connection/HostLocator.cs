using System.Diagnostics;
using System.Text.Json;

namespace ContactCenter.Cli.Connection;

/// <summary>
/// Decides where a command goes: to the running host (online) named by <c>--url</c> or <c>{data-dir}/host.json</c>,
/// or to the data directory itself (offline) when no host runs there.
/// </summary>
internal static class HostLocator
{
    public const string RuntimeFileName = "host.json";

    /// <summary>The host to talk to, or <see langword="null"/> for offline mode.</summary>
    public static HostTarget? Locate(CliSettings settings, TextWriter error)
    {
        var runtimeFile = Path.Combine(settings.DataDirectory, RuntimeFileName);
        var info = Read(runtimeFile);
        if (settings.Url is { } url)
        {
            var pin = settings.Pin ?? info?.CertificateSha256
                ?? throw new CliException($"Cannot pin the certificate of {url}: pass --pin <SHA-256 fingerprint>, or --data-dir of that host (its host.json names the fingerprint).");
            return new HostTarget(url, Normalize(pin), ReadToken(settings.DataDirectory), info?.Version);
        }

        if (info is null)
        {
            return null;
        }

        if (!IsRunning(info.Pid))
        {
            error.WriteLine($"{runtimeFile} is stale (process {info.Pid} is not running): working offline.");
            return null;
        }

        var address = info.Urls.Select(Reachable).FirstOrDefault(u => u is not null)
            ?? throw new CliException($"{runtimeFile} lists no https address.", ExitCodes.Connection);
        return new HostTarget(address, Normalize(settings.Pin ?? info.CertificateSha256), ReadToken(settings.DataDirectory), info.Version);
    }

    /// <summary>The fingerprint as upper-case hex without separators.</summary>
    public static string Normalize(string pin) => pin.Replace(":", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();

    private static HostRuntimeInfo? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<HostRuntimeInfo>(File.ReadAllBytes(path), CliJson.Options);
        }
        catch (JsonException ex)
        {
            throw new CliException($"{path} is not valid ({ex.Message}). If no host is running, delete it.", ExitCodes.Connection, ex);
        }
    }

    private static string ReadToken(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "secrets", "admin.token");
        try
        {
            var token = File.ReadAllText(path).Trim();
            return token.Length > 0 ? token : throw new CliException($"{path} is empty.", ExitCodes.Connection);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read the admin token {path} ({ex.Message}). Run cc as the account that runs the host, with the host's --data-dir.", ExitCodes.Connection, ex);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // A host listening on every interface reports 0.0.0.0 / [::]; the CLI connects over loopback.
    private static Uri? Reachable(string url)
    {
        if (!Uri.TryCreate(url.Replace("://+:", "://localhost:", StringComparison.Ordinal).Replace("://*:", "://localhost:", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        var host = uri.Host switch
        {
            "0.0.0.0" => "127.0.0.1",
            "[::]" => "[::1]",
            _ => uri.Host,
        };
        return new UriBuilder(uri) { Host = host }.Uri;
    }
}
