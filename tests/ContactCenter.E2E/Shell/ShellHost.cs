using System.Net;
using System.Net.Sockets;
using ContactCenter.Testing.Hosting;
using Microsoft.AspNetCore.Connections;

namespace ContactCenter.E2E.Shell;

/// <summary>The real host in demo mode (agents, queues, demo users with a known password) with the bundled web chat active.</summary>
internal static class ShellHost
{
    public const string Password = "Demo-Shell-Password-9";

    /// <summary>Starts the host; with a data directory and a port it uses LiteDB there, so a second start finds the same data at the same address.</summary>
    public static async Task<RunningHost> StartAsync(string? dataDirectory = null, int? port = null)
    {
        string[] extra = port is { } fixedPort
            // The restart test stops this host on a loaded machine: give its stop (audit seal, store flush) time to finish.
            ? ["--demo", $"--CC:Demo:Password={Password}", "--CC:Storage:Provider=LiteDb", "--urls", $"https://127.0.0.1:{fixedPort}", "--shutdownTimeoutSeconds=120"]
            : ["--demo", $"--CC:Demo:Password={Password}"];
        var host = await RunningHost.StartAsync(dataDirectory, configure: null, extra);
        try
        {
            await host.WaitForPluginActiveAsync("cc.channels.webchat");
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts the host on a loopback port that was free a moment ago (its restart must come back at the same origin);
    /// when another process takes the port between the check and the bind, tries another one.
    /// </summary>
    public static async Task<(RunningHost Host, int Port)> StartOnFreePortAsync(string dataDirectory)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                return (await StartAsync(dataDirectory, port), port);
            }
            catch (IOException ex) when (attempt < 5 && ex.InnerException is AddressInUseException)
            {
                // Taken meanwhile (tests run side by side): the next free port.
            }
        }
    }

    /// <summary>A loopback port free now (the host restarted on it must be reachable at the same origin).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
