using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Codecs;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// The customers: SIPp running bench_call_rtp.xml against our server at a call rate, each call streaming a looped
/// A-law tone (bench_tone.pcma, written here) for its whole length. With <paramref name="setupTimes"/> SIPp also
/// writes each call's INVITE → 200 time (<c>-trace_rtt</c>), returned in <see cref="SippOutcome.SetupMilliseconds"/>.
/// </summary>
internal static class CustomerCalls
{
    public static async Task<SippOutcome> RunAsync(IPEndPoint server, double rate, int calls, int limit, int holdMilliseconds, string service = "autos", bool setupTimes = false)
    {
        var directory = VoiceSipp.PrivateDirectory();
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(directory, "bench_tone.pcma"), Tone());
            var timeout = (int)Math.Ceiling((calls / rate) + (holdMilliseconds / 1000.0) + 30);
            var outcome = await VoiceSipp.RunAsync(directory,
            [
                $"{server.Address}:{VoiceSipp.Text(server.Port)}", "-sf", VoiceSipp.Scenario("bench_call_rtp.xml"), "-s", service,
                "-i", "127.0.0.1", "-p", VoiceSipp.Text(VoiceSipp.FreeUdpPort()), "-mp", VoiceSipp.Text(VoiceSipp.FreeMediaPort()),
                "-r", rate.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), "-m", VoiceSipp.Text(calls),
                "-l", VoiceSipp.Text(limit), "-d", VoiceSipp.Text(holdMilliseconds), "-timeout", $"{VoiceSipp.Text(timeout)}s",
                "-recv_timeout", "10000", "-nostdin", "-trace_stat", "-fd", "1",
                .. (setupTimes ? (string[])["-trace_rtt", "-rtt_freq", "1"] : []),
            ]);
            return setupTimes ? outcome with { SetupMilliseconds = await SetupTimesAsync(directory) } : outcome;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The response times SIPp wrote (<c>*_rtt.csv</c>: <c>date_ms;response_time_ms;rtd_no</c>), in milliseconds.</summary>
    private static async Task<IReadOnlyList<double>> SetupTimesAsync(string directory)
    {
        var times = new List<double>();
        foreach (var file in Directory.EnumerateFiles(directory, "*_rtt.csv"))
        {
            foreach (var line in await File.ReadAllLinesAsync(file))
            {
                var fields = line.Split(';');
                if (fields.Length >= 2 && double.TryParse(fields[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var ms))
                {
                    times.Add(ms);
                }
            }
        }

        return times;
    }

    /// <summary>One second of a 440 Hz + 660 Hz tone in G.711 A-law (8,000 bytes), looped by SIPp.</summary>
    private static byte[] Tone()
    {
        var pcm = new short[8000];
        for (var i = 0; i < pcm.Length; i++)
        {
            pcm[i] = (short)((6000 * Math.Sin(2 * Math.PI * 440 * i / 8000)) + (3000 * Math.Sin(2 * Math.PI * 660 * i / 8000)));
        }

        var alaw = new byte[pcm.Length];
        G711.Encode(pcm, alaw, aLaw: true);
        return alaw;
    }
}
