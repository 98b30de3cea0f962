using System.Diagnostics;
using System.Globalization;
using System.Net;
using ContactCenter.Benchmarks.Voice;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Sip;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Benchmarks.Sip;

/// <summary>
/// Calls per second: SIPp's built-in uac scenario (INVITE with SDP, 200, ACK, hold for the call length, BYE) against
/// our UAS on UDP loopback, which answers at once and anchors an RTP session per call (no media is played). Each
/// rate runs for a fixed number of calls; failed calls and our process's CPU time per call are printed.
/// </summary>
internal static class SipCallBenchmark
{
    public static async Task RunAsync(int seconds, IReadOnlyList<int> rates)
    {
        var options = new SipServerOptions
        {
            UdpEndpoints = [new IPEndPoint(IPAddress.Loopback, 0)], TcpEndpoints = [], Realm = "bench",
            Protection = new SipProtectionOptions { RequestsPerSecond = 1e9, Burst = 1_000_000_000 },
        };
        var (server, calls) = SipServerFactory.CreateCallServer(options, new SipCallOptions { RtpPorts = RtpPortRange.Ephemeral },
            new InMemorySipCredentialStore(), new AnswerAtOnce(), TimeProvider.System, NullLoggerFactory.Instance);
        server.Start();
        try
        {
            foreach (var rate in rates)
            {
                var total = rate * seconds;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var started = Stopwatch.GetTimestamp();
                var (successful, failed) = await RunSippAsync(server.UdpEndpoints[0], rate, total);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
                var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, successful);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"calls at {rate} cps target (1 s each): {successful} ok, {failed} failed ({100.0 * failed / Math.Max(1, total):F2}%), {successful / elapsed:F0} calls/s sustained incl. ramp-down, {cpuPerCall:F2} ms CPU per call (our process)"));
            }
        }
        finally
        {
            await calls.DisposeAsync();
            await server.DisposeAsync();
        }
    }

    private static async Task<(int Successful, int Failed)> RunSippAsync(IPEndPoint server, int rate, int total)
    {
        var stats = Path.Combine(Path.GetTempPath(), $"sipp-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(stats);
        var start = new ProcessStartInfo("sipp") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = stats, UseShellExecute = false };
        foreach (var argument in new[]
        {
            $"{server.Address}:{server.Port.ToString(CultureInfo.InvariantCulture)}", "-sn", "uac", "-s", "autos", "-i", "127.0.0.1",
            "-p", VoiceSipp.Text(VoiceSipp.FreeUdpPort()), "-mp", VoiceSipp.Text(VoiceSipp.FreeUdpPort() & ~1),
            "-r", rate.ToString(CultureInfo.InvariantCulture), "-m", total.ToString(CultureInfo.InvariantCulture), "-d", "1000",
            "-timeout", "120s", "-nostdin", "-trace_stat", "-fd", "1", "-recv_timeout", "10000",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("sipp did not start: run .ci/deps.d/50-sip.sh");
        var output = process.StandardOutput.ReadToEndAsync();
        _ = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        Directory.Delete(stats, recursive: true);
        return (VoiceSipp.Counter(text, "Successful call"), VoiceSipp.Counter(text, "Failed call"));
    }

    private sealed class AnswerAtOnce : ISipCallApplication
    {
        public async Task OnIncomingCallAsync(SipCall call, CancellationToken cancellationToken)
        {
            await call.AnswerAsync();
            await call.Ended;
        }
    }
}
