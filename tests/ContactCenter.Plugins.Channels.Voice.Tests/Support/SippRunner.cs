using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>Runs a SIPp scenario from Sipp/ against a server on loopback; SIPp's exit code and error file say how it went.</summary>
internal static class SippRunner
{
    public static string Executable()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, "sipp");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("SIPp (sipp) is not installed: run .ci/deps.d/50-sip.sh (Debian package sip-tester).");
    }

    public static async Task<SippResult> RunAsync(string scenario, string transport, IPEndPoint server, int calls, params string[] extra)
    {
        var running = Start(scenario, transport, server, calls, FreePort(transport), extra);
        return await running.WaitAsync();
    }

    /// <summary>Starts SIPp in the background on <paramref name="localPort"/> (e.g. a phone that is called later).</summary>
    public static SippProcess Start(string scenario, string transport, IPEndPoint server, int calls, int localPort, params string[] extra)
    {
        var errorFile = Path.Combine(Path.GetTempPath(), $"sipp-{Guid.NewGuid():N}.err");
        var arguments = new List<string>
        {
            $"{server.Address}:{server.Port.ToString(CultureInfo.InvariantCulture)}",
            "-sf", Path.Combine(AppContext.BaseDirectory, "Sipp", scenario),
            "-t", transport == "TCP" ? "t1" : "u1",
            "-i", "127.0.0.1",
            "-p", localPort.ToString(CultureInfo.InvariantCulture),
            "-m", calls.ToString(CultureInfo.InvariantCulture),
            "-l", "1",
            "-timeout", "20s",
            "-timeout_error",
            "-trace_err", "-error_file", errorFile,
            "-nostdin",
        };
        arguments.AddRange(extra);
        var start = new ProcessStartInfo(Executable())
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new SippProcess(Process.Start(start)!, errorFile);
    }

    /// <summary>An even free UDP port for SIPp's media (-mp): it uses the port and the next ones for RTP/RTCP.</summary>
    public static int FreeMediaPort()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var port = FreePort("UDP");
            if (port % 2 == 0 && port < 65000)
            {
                return port;
            }
        }

        return FreePort("UDP") & ~1;
    }

    public static int FreePort(string transport)
    {
        using var socket = transport == "TCP"
            ? new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
            : new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}

internal sealed record SippResult(int ExitCode, string Errors, string Output);
