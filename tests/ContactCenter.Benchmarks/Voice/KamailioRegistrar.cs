using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// Debian's Kamailio as the reference registrar: started in the foreground by the benchmark with kamailio/kamailio.cfg
/// on a UDP loopback ephemeral port with one SIP worker per core, and stopped (SIGTERM to the process we started)
/// when disposed. Install it with tests/ContactCenter.Benchmarks/kamailio/install.sh.
/// </summary>
internal sealed class KamailioRegistrar : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/kamailio";
    private readonly Process _process;
    private readonly string _directory;

    private KamailioRegistrar(Process process, string directory, IPEndPoint endpoint)
    {
        _process = process;
        _directory = directory;
        Endpoint = endpoint;
    }

    public IPEndPoint Endpoint { get; }

    public static bool Installed => File.Exists(Executable);

    public static async Task<KamailioRegistrar> StartAsync(int workers)
    {
        var port = VoiceSipp.FreeUdpPort();
        var directory = VoiceSipp.PrivateDirectory();
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory, UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-f", Path.Combine(AppContext.BaseDirectory, "kamailio", "kamailio.cfg"), "-DD", "-E", "-l", $"udp:127.0.0.1:{VoiceSipp.Text(port)}",
            "-n", VoiceSipp.Text(workers), "-m", "64", "-M", "8", "-Y", directory, "-w", directory,
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("kamailio did not start");
        var log = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        var registrar = new KamailioRegistrar(process, directory, new IPEndPoint(IPAddress.Loopback, port));
        for (var attempt = 0; attempt < 100 && !process.HasExited; attempt++)
        {
            if (!CanBind(port))
            {
                return registrar;
            }

            await Task.Delay(100);
        }

        await registrar.DisposeAsync();
        throw new InvalidOperationException($"kamailio did not listen on UDP {port}: {(await log).Trim()}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM to the main process we started: it stops its own workers (a kill would orphan them).
            using (var term = Process.Start("kill", ["-TERM", VoiceSipp.Text(_process.Id)]))
            {
                await term.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static bool CanBind(int port)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
