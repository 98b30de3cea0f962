using System.Globalization;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// What a full-host run needs from the machine, checked before the host starts. Open files: our process holds, per
/// call up, the RTP and RTCP sockets of both legs and the recording being written (about 8 with margin), over ~1,024
/// for the host itself (store, HTTPS, Orleans, assemblies); the customers' SIPp holds its per-call media sockets (about
/// 4). .NET raises our soft limit to the hard one at start-up and the SIPps inherit it (SIPp also raises its own), so
/// the limit that counts is the hard <c>ulimit -Hn</c> of the shell. UDP ports: those sockets come from the ephemeral
/// range. The agents' phones: one short SIPp per agent registers it (eight at a time) and one SIPp UAS answers every
/// agent leg.
/// </summary>
internal static class VoiceHostLimits
{
    private const int HostBase = 1024;
    private const int HostPerCall = 8;
    private const int SippBase = 256;
    private const int SippPerCall = 4;

    /// <summary>The most calls up at once the run asks for: the largest concurrency step, or a cps step's rate × (hold + 3 s).</summary>
    public static int PeakCalls(VoiceBenchmarkOptions options) => Math.Max(
        options.Parts.Contains("host-concurrent") ? options.HostConcurrency.DefaultIfEmpty(0).Max() : 0,
        options.Parts.Contains("host-cps") ? (int)Math.Ceiling(options.HostRates.DefaultIfEmpty(0).Max() * ((options.HostHoldMilliseconds / 1000.0) + 3)) : 0);

    /// <summary>Prints what the run needs against the limits; returns what is too low and how to fix it, or null.</summary>
    public static string? Check(VoiceBenchmarkOptions options)
    {
        var calls = PeakCalls(options);
        var needed = Math.Max(HostBase + (HostPerCall * calls), SippBase + (SippPerCall * calls));
        var openFiles = OpenFilesLimit();
        var ports = EphemeralPorts();
        var udpPorts = (2 * 2 * calls) + (2 * calls);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"limits: up to {calls} calls at once, {options.Agents} agents' phones ({options.Agents} SIPp registrations, 8 at a time, then 1 SIPp UAS answering up to {options.Agents} agent legs at once); open files needed about {needed}, limit {(openFiles is { } f ? f.ToString(CultureInfo.InvariantCulture) : "unknown")}; UDP ports about {udpPorts}, ephemeral range {(ports is { } p ? p.ToString(CultureInfo.InvariantCulture) : "unknown")}"));
        return openFiles < needed
            ? string.Create(CultureInfo.InvariantCulture,
                $"{calls} calls at once need about {needed} open files and this process may open {openFiles}: raise the limit in the shell first (`ulimit -n {needed}`; as root `ulimit -Hn {needed}` too) or run fewer calls")
            : ports < udpPorts
                ? string.Create(CultureInfo.InvariantCulture,
                    $"{calls} calls at once need about {udpPorts} UDP ports and the ephemeral range (/proc/sys/net/ipv4/ip_local_port_range) has {ports}: widen it or run fewer calls")
                : null;
    }

    /// <summary>This process's soft limit on open files (/proc/self/limits), null when unknown or unlimited.</summary>
    private static long? OpenFilesLimit()
    {
        const string Path = "/proc/self/limits";
        var line = File.Exists(Path) ? File.ReadLines(Path).FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal)) : null;
        var soft = line?["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return long.TryParse(soft, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The size of the ephemeral port range, null when unknown.</summary>
    private static int? EphemeralPorts()
    {
        const string Path = "/proc/sys/net/ipv4/ip_local_port_range";
        var bounds = File.Exists(Path) ? File.ReadAllText(Path).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries) : [];
        return bounds.Length == 2
            && int.TryParse(bounds[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var low)
            && int.TryParse(bounds[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var high)
            ? high - low + 1
            : null;
    }
}
