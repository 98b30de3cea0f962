using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>
/// A real softphone: Debian's baresip, headless, with its own config directory. It plays <c>tone.wav</c> (aufile)
/// into calls, records what it hears (sndfile: <c>dump-*-dec.wav</c>), has no sound card (ALSA's null device), and
/// is driven over ctrl_tcp (netstring JSON commands; its events arrive on the same connection).
/// </summary>
internal sealed class BaresipPhone : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(45);
    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly TcpClient _control;
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>();
    private readonly Task _reading;
    private int _token;

    /// <param name="output">What the process printed so far, still filled by its handlers (locked on itself).</param>
    private BaresipPhone(string directory, Process process, TcpClient control, StringBuilder output)
    {
        Directory = directory;
        _process = process;
        _control = control;
        _output = output;
        _reading = ReadAsync();
    }

    public string Directory { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts baresip (<paramref name="trace"/>: SIP messages in <see cref="Output"/>) with one account line (e.g. <c>&lt;sip:agent1@127.0.0.1:5061;transport=tls&gt;;auth_pass=...</c>), playing a tone of <paramref name="toneHz"/>.</summary>
    public static async Task<BaresipPhone> StartAsync(string account, int toneHz, string? caFile = null, bool trace = false)
    {
        // The ports are picked free, then bound by baresip a moment later: a test beside us may take one in between.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(account, toneHz, caFile, trace);
            }
            catch (InvalidOperationException e) when (attempt < 3 && e.Message.Contains("Address already in use", StringComparison.Ordinal))
            {
            }
        }
    }

    private static async Task<BaresipPhone> StartOnceAsync(string account, int toneHz, string? caFile, bool trace)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"baresip-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(directory);
        var tone = Path.Combine(directory, "tone.wav");
        ToneWav.Write(tone, toneHz, seconds: 30);
        var sipPort = FreeTcpPortPair();
        var controlPort = SippRunner.FreePort("TCP");
        var config = new StringBuilder()
            .AppendLine("poll_method epoll")
            .AppendLine(CultureInfo.InvariantCulture, $"sip_listen 127.0.0.1:{sipPort}")
            .AppendLine(caFile is null ? string.Empty : $"sip_cafile {caFile}")
            .AppendLine("call_local_timeout 120")
            .AppendLine("audio_player alsa,null")
            .AppendLine("audio_alert alsa,null")
            .AppendLine(CultureInfo.InvariantCulture, $"audio_source aufile,{tone}")
            .AppendLine("module_path /usr/lib/baresip/modules")
            .AppendLine("module g711.so")
            .AppendLine("module aufile.so")
            .AppendLine("module alsa.so")
            .AppendLine("module sndfile.so")
            .AppendLine("module srtp.so")
            .AppendLine("module_tmp account.so")
            .AppendLine("module_app menu.so")
            .AppendLine("module_app ctrl_tcp.so")
            .AppendLine(CultureInfo.InvariantCulture, $"ctrl_tcp_listen 127.0.0.1:{controlPort}")
            .AppendLine(CultureInfo.InvariantCulture, $"snd_path {directory}");
        await File.WriteAllTextAsync(Path.Combine(directory, "config"), config.ToString());
        await File.WriteAllTextAsync(Path.Combine(directory, "accounts"), account + "\n");
        var start = new ProcessStartInfo(Executable(), trace ? ["-f", directory, "-s"] : ["-f", directory])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        var output = new StringBuilder();
        void Collect(object sender, DataReceivedEventArgs e)
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        }

        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var control = await ConnectAsync(controlPort, process, output);
        // The phone reads the very buffer the handlers fill: a line printed while it is being made (the REGISTER's
        // 200 OK, often) cannot fall between a copy and new handlers.
        return new BaresipPhone(directory, process, control, output);
    }

    public static string Executable() =>
        File.Exists("/usr/bin/baresip") ? "/usr/bin/baresip"
        : throw new InvalidOperationException("baresip is not installed: run .ci/deps.d/52-baresip.sh (Debian package baresip).");

    /// <summary>Runs a ctrl_tcp command (menu's long names: dial, accept, hangup) and returns its response.</summary>
    public async Task<JsonObject> CommandAsync(string command, string? parameters = null)
    {
        var token = $"t{Interlocked.Increment(ref _token).ToString(CultureInfo.InvariantCulture)}";
        var request = new JsonObject { ["command"] = command, ["params"] = parameters ?? string.Empty, ["token"] = token };
        var bytes = Encoding.UTF8.GetBytes(request.ToJsonString());
        var frame = Encoding.ASCII.GetBytes($"{bytes.Length.ToString(CultureInfo.InvariantCulture)}:").Concat(bytes).Append((byte)',').ToArray();
        await _control.GetStream().WriteAsync(frame);
        return await WaitForAsync(e => e["response"] is not null && (string?)e["token"] == token, $"response to {command}");
    }

    /// <summary>Waits for the event of <paramref name="type"/> (CALL_INCOMING, CALL_ESTABLISHED, CALL_CLOSED...).</summary>
    public Task<JsonObject> WaitForEventAsync(string type) =>
        WaitForAsync(e => e["event"] is not null && (string?)e["type"] == type, type);

    /// <summary>
    /// Waits until the account is registered over <paramref name="transport"/> (<c>TLS</c>, <c>UDP</c>...): baresip
    /// prints <c>aor: {0/TLS/v4} 200 OK (server) [1 binding]</c> for the REGISTER's answer. Not its REGISTER_OK event:
    /// that is lost when the registration completes before the control connection is accepted.
    /// </summary>
    public Task WaitForRegisteredAsync(string transport) => WaitForOutputAsync($"/{transport}/v4}} 200 OK");

    /// <summary>Waits until baresip printed <paramref name="text"/> (for what raises no event, e.g. a call it ended itself).</summary>
    public async Task WaitForOutputAsync(string text)
    {
        for (var waited = TimeSpan.Zero; waited < Wait; waited += TimeSpan.FromMilliseconds(50))
        {
            if (Output.Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"baresip: '{text}' not printed within {Wait.TotalSeconds} s.\n{Output}");
    }

    /// <summary>The audio baresip decoded from the call (what its user heard), once the call closed.</summary>
    public short[] Heard()
    {
        var file = System.IO.Directory.GetFiles(Directory, "dump-*-dec.wav").SingleOrDefault()
            ?? throw new InvalidOperationException($"baresip recorded nothing in {Directory}.\n{Output}");
        return ToneWav.Read(file);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                var quit = Encoding.ASCII.GetBytes("""33:{"command":"quit","token":"bye"},""");
                await _control.GetStream().WriteAsync(quit);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _process.WaitForExitAsync(timeout.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _control.Dispose();
        await _reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _process.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, string what)
    {
        using var timeout = new CancellationTokenSource(Wait);
        try
        {
            while (true)
            {
                var next = await _events.Reader.ReadAsync(timeout.Token);
                if (match(next))
                {
                    return next;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"baresip: no {what} within {Wait.TotalSeconds} s.\n{Output}");
        }
    }

    private async Task ReadAsync()
    {
        var stream = _control.GetStream();
        var pending = new List<byte>();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                pending.AddRange(buffer.AsSpan(0, read));
                while (pending.IndexOf((byte)':') is var colon and > 0
                    && int.TryParse(Encoding.ASCII.GetString([.. pending.Take(colon)]), CultureInfo.InvariantCulture, out var length)
                    && pending.Count >= colon + length + 2)
                {
                    var json = Encoding.UTF8.GetString([.. pending.Skip(colon + 1).Take(length)]);
                    pending.RemoveRange(0, colon + length + 2);
                    if (JsonNode.Parse(json) is JsonObject message)
                    {
                        await _events.Writer.WriteAsync(message);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or JsonException)
        {
            // baresip quit or was killed.
        }
    }

    private static async Task<TcpClient> ConnectAsync(int port, Process process, StringBuilder output)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port);
                return client;
            }
            catch (SocketException)
            {
                client.Dispose();
                if (process.HasExited)
                {
                    break;
                }

                await Task.Delay(50);
            }
        }

        process.Kill(entireProcessTree: true);
        lock (output)
        {
            throw new InvalidOperationException($"baresip did not open its control port {port}.\n{output}");
        }
    }

    /// <summary>baresip listens for TCP on the sip_listen port and for TLS on the next one: both must be free.</summary>
    private static int FreeTcpPortPair()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var port = SippRunner.FreePort("TCP");
            if (port < 65000 && IsFree(port + 1))
            {
                return port;
            }
        }

        throw new InvalidOperationException("No two consecutive free TCP ports.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
