using System.Globalization;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// The voice channel against SIPp on loopback (issue 7): maximum sustained calls per second with under 1% failed
/// calls, maximum concurrent calls with media anchored and recorded (CPU per call, the 20 ms tick), and registrations
/// per second against Kamailio's registrar; and the same calls through the whole host (host-cps, host-concurrent:
/// interactions, routing, agents' registered phones, recordings encrypted in the LiteDB or PostgreSQL store). Needs sipp
/// (.ci/deps.d/50-sip.sh); Kamailio is optional (kamailio/install.sh).
/// </summary>
internal static class VoiceBenchmark
{
    public static async Task<int> RunAsync(VoiceBenchmarkOptions options)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Voice benchmark, {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}"));
        if (options.Parts.Contains("cps") || options.Parts.Contains("concurrent"))
        {
            await using var server = VoiceBenchServer.Start();
            if (options.Parts.Contains("cps"))
            {
                await CallRateSearch.RunAsync(server, options);
            }

            if (options.Parts.Contains("concurrent"))
            {
                await ConcurrentCalls.RunAsync(server, options);
            }
        }

        if (options.Parts.Contains("register"))
        {
            await RegistrationComparison.RunAsync(options);
        }

        if (options.Parts.Contains("host-cps") || options.Parts.Contains("host-concurrent"))
        {
            if (VoiceHostLimits.Check(options) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return 2;
            }

            await using var host = await VoiceHostServer.StartAsync(options.Agents, options.Greeting, options.Storage);
            if (options.Parts.Contains("host-cps"))
            {
                await VoiceHostCallRate.RunAsync(host, options);
            }

            if (options.Parts.Contains("host-concurrent"))
            {
                await VoiceHostConcurrent.RunAsync(host, options);
            }
        }

        Console.WriteLine($"load average at the end: {LoadAverage()}");
        return 0;
    }

    /// <summary>Waits (up to 15 s) until the last step's calls have ended on our side.</summary>
    public static async Task DrainAsync(VoiceBenchServer server)
    {
        for (var i = 0; i < 150 && (server.ActiveCalls > 0 || server.Application.Stats.Active > 0); i++)
        {
            await Task.Delay(100);
        }
    }

    public static string Percent(long part, long whole) =>
        whole <= 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:F2}%");

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
