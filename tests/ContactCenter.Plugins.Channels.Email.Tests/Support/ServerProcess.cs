using System.Diagnostics;
using System.Net.Sockets;

namespace ContactCenter.Plugins.Channels.Email.Tests.Support;

/// <summary>A mail server the tests started in the foreground: waited for until its port answers, killed with its children.</summary>
internal sealed class ServerProcess : IDisposable
{
    private static readonly Lock LogLock = new();
    private readonly Process _process;
    private readonly string _logFile;

    private ServerProcess(Process process, string logFile)
    {
        _process = process;
        _logFile = logFile;
    }

    public static string Find(string name)
    {
        foreach (var directory in new[] { "/usr/sbin", "/usr/bin", "/sbin" })
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"{name} is not installed: run .ci/deps.d/60-mail.sh (Debian packages dovecot-imapd, dovecot-lmtpd, postfix).");
    }

    public static async Task<ServerProcess> StartAsync(string fileName, string logFile, int port, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        process.OutputDataReceived += (_, e) => Append(logFile, e.Data);
        process.ErrorDataReceived += (_, e) => Append(logFile, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, logFile);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Path.GetFileName(fileName)} exited with {process.ExitCode}: {server.Log()}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port, timeout.Token);
                return server;
            }
            catch (SocketException) when (!timeout.IsCancellationRequested)
            {
                await Task.Delay(100, CancellationToken.None);
            }
            catch (OperationCanceledException)
            {
                server.Dispose();
                throw new InvalidOperationException($"{Path.GetFileName(fileName)} did not listen on port {port} within 30 s: {server.Log()}");
            }
        }
    }

    public string Log() => File.Exists(_logFile) ? File.ReadAllText(_logFile) : "(no log)";

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private static void Append(string logFile, string? line)
    {
        if (line is not null)
        {
            lock (LogLock)
            {
                File.AppendAllText(logFile, line + Environment.NewLine);
            }
        }
    }
}
