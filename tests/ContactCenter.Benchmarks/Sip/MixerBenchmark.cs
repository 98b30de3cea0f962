using System.Diagnostics;
using ContactCenter.Plugins.Channels.Voice.Media.Codecs;
using ContactCenter.Plugins.Channels.Voice.Media.Mixing;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;

namespace ContactCenter.Benchmarks.Sip;

/// <summary>
/// Media CPU per bridged call without sockets: one 20 ms tick = decode one G.711 frame per leg into its jitter buffer
/// (every tenth pair of packets swapped, as on a reordering network), mix (customer, agent,
/// optionally a whispering supervisor), encode one frame per leg, feed the recording taps. A call needs 50 ticks per
/// second, so ticks/s ÷ 50 is how many calls one core could mix.
/// </summary>
internal static class MixerBenchmark
{
    public static async Task RunAsync(int seconds)
    {
        foreach (var legs in new[] { 2, 3 })
        {
            await using var mixer = new CallMixer(TimeProvider.System);
            var payload = new byte[CallMixer.FrameSamples];
            var pcm = new short[CallMixer.FrameSamples];
            var jitter = new JitterBuffer[legs];
            for (var i = 0; i < legs; i++)
            {
                jitter[i] = new JitterBuffer();
                mixer.Add(new MixerParticipant($"p{i}", i switch { 0 => MixerRole.Customer, 1 => MixerRole.Agent, _ => MixerRole.Supervisor }, frame =>
                {
                    G711.Encode(frame.Span, payload, aLaw: false);
                    return ValueTask.CompletedTask;
                }, MonitorMode.Whisper, jitter[i]));
            }

            long samples = 0;
            mixer.Recorded += (left, right) => samples += left.Length + right.Length;
            var encoded = new byte[CallMixer.FrameSamples];
            G711.Encode(Enumerable.Range(0, CallMixer.FrameSamples).Select(i => (short)(8000 * Math.Sin(i / 3.0))).ToArray(), encoded, aLaw: false);
            var ticks = 0L;
            var started = Stopwatch.GetTimestamp();
            while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(seconds))
            {
                // Packets 10k+1 and 10k+2 arrive swapped; the buffer's depth absorbs it.
                var order = ticks % 10 == 1 ? ticks + 1 : ticks % 10 == 2 ? ticks - 1 : ticks;
                foreach (var buffer in jitter)
                {
                    G711.Decode(encoded, pcm, aLaw: false);
                    buffer.Write(1, (uint)(order * CallMixer.FrameSamples), pcm, ticks * CallMixer.FrameSamples);
                }

                await mixer.TickAsync();
                ticks++;
            }

            var perSecond = ticks / Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine($"mixer, {legs} legs: {perSecond:F0} ticks/s on one thread = {perSecond / 50:F0} calls per core ({50 / perSecond * 100:F3}% of a core per call); {samples} samples recorded; "
                + $"jitter buffer leg 0: late {jitter[0].Late}, concealed {jitter[0].Concealed}, skipped {jitter[0].Skipped}");
        }
    }
}
