using System.Diagnostics;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>
/// Feeds mutated messages to the parser, framer, serializer and request checks. A failure is any exception other
/// than <see cref="SipParseException"/>, or one input taking longer than the bound (a hang or blow-up).
/// </summary>
internal static class SipFuzzRun
{
    public static IReadOnlyList<string> Run(IReadOnlyList<byte[]> seeds, int iterations, int seed, TimeSpan slowBound)
    {
        var failures = new List<string>();
        var mutator = new SipMutator(seed);
        var limits = SipLimits.Default;
        for (var i = 0; i < iterations && failures.Count < 20; i++)
        {
            var input = mutator.Mutate(seeds[i % seeds.Count]);
            var started = Stopwatch.GetTimestamp();
            try
            {
                var message = SipMessageParser.Parse(input, limits);
                var reparsed = SipMessageParser.Parse(SipMessageSerializer.Serialize(message), limits);
                if (reparsed is SipRequest request)
                {
                    SipRequestChecks.Check(request);
                }
            }
            catch (SipParseException)
            {
                // The typed rejection is the expected outcome for most mutations.
            }
#pragma warning disable CA1031 // The fuzzer's job is to catch every other exception and report it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add($"iteration {i}: {ex.GetType().Name}: {ex.Message}\n{Convert.ToBase64String(input)}");
            }

            try
            {
                SipStreamFramer.TryFrame(input, limits, out _, out _);
            }
            catch (SipParseException)
            {
                // Unframeable streams are closed by the transport; the typed error is expected.
            }
#pragma warning disable CA1031
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures.Add($"iteration {i} (framer): {ex.GetType().Name}: {ex.Message}");
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > slowBound)
            {
                failures.Add($"iteration {i}: took {elapsed.TotalMilliseconds:F0} ms\n{Convert.ToBase64String(input)}");
            }
        }

        return failures;
    }
}
