using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Codecs;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// The customers: SIPp running bench_call_rtp.xml against our server at a call rate, each call streaming a looped
/// A-law tone (bench_tone.pcma, written here) for its whole length.
/// </summary>
internal static class CustomerCalls
{
    public static async Task<SippOutcome> RunAsync(IPEndPoint server, double rate, int calls, int limit, int holdMilliseconds)
    {
        var directory = VoiceSipp.PrivateDirectory();
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(directory, "bench_tone.pcma"), Tone());
            var timeout = (int)Math.Ceiling((calls / rate) + (holdMilliseconds / 1000.0) + 30);
            return await VoiceSipp.RunAsync(directory,
            [
                $"{server.Address}:{VoiceSipp.Text(server.Port)}", "-sf", VoiceSipp.Scenario("bench_call_rtp.xml"), "-s", "autos",
                "-i", "127.0.0.1", "-p", VoiceSipp.Text(VoiceSipp.FreeUdpPort()), "-mp", VoiceSipp.Text(VoiceSipp.FreeMediaPort()),
                "-r", rate.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), "-m", VoiceSipp.Text(calls),
                "-l", VoiceSipp.Text(limit), "-d", VoiceSipp.Text(holdMilliseconds), "-timeout", $"{VoiceSipp.Text(timeout)}s",
                "-recv_timeout", "10000", "-nostdin", "-trace_stat", "-fd", "1",
            ]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
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
