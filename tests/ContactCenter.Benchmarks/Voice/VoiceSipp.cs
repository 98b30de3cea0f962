using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// Runs SIPp for the voice benchmark: scenarios from tests/sipp (copied beside the benchmark), a private working
/// directory per run (stat files, the customer's audio file), and the end-of-run screen's counters.
/// </summary>
internal static class VoiceSipp
{
    public static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "sipp", name);

    /// <summary>Starts SIPp in <paramref name="directory"/>; the caller owns the process.</summary>
    public static Process Start(string directory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("sipp")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory, UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("sipp did not start: run .ci/deps.d/50-sip.sh");
    }

    /// <summary>Runs SIPp to its end and returns its final screen (successful and failed calls).</summary>
    public static async Task<SippOutcome> RunAsync(string directory, IEnumerable<string> arguments)
    {
        using var process = Start(directory, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var screen = await output;
        return new SippOutcome(Counter(screen, "Successful call"), Counter(screen, "Failed call"), process.ExitCode, errors);
    }

    /// <summary>Stops a SIPp we started (the agents' phones run until the benchmark is done with them).</summary>
    public static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        await process.WaitForExitAsync();
    }

    /// <summary>Prints SIPp's last error line that says something (not "Resolving remote host" or "There were more errors").</summary>
    public static void PrintLastError(SippOutcome outcome)
    {
        var last = outcome.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(l => !l.StartsWith("Resolving remote host", StringComparison.Ordinal) && !l.StartsWith("There were more errors", StringComparison.Ordinal));
        if (last is not null)
        {
            Console.WriteLine($"  SIPp: {last}");
        }
    }

    public static string PrivateDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"sipp-voice-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>The cumulative column of a counter line on SIPp's screen; -1 when the screen has none.</summary>
    public static int Counter(string screen, string name)
    {
        var line = screen.Split('\n').LastOrDefault(l => l.TrimStart().StartsWith(name, StringComparison.Ordinal));
        var cumulative = line?.Split('|', StringSplitOptions.TrimEntries).LastOrDefault(p => p.Length > 0);
        return int.TryParse(cumulative, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : -1;
    }

    public static int FreeUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <summary>An even free UDP port below 65000 (SIPp's media port; it also takes the port + 2).</summary>
    public static int FreeMediaPort()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var port = FreeUdpPort();
            if (port % 2 == 0 && port < 65000)
            {
                return port;
            }
        }

        throw new InvalidOperationException("No even free UDP port for SIPp's media.");
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>SIPp's final counters for one run (and, when asked for, each call's INVITE → 200 time).</summary>
internal sealed record SippOutcome(int Successful, int Failed, int ExitCode, string Errors)
{
    public IReadOnlyList<double> SetupMilliseconds { get; init; } = [];
}
