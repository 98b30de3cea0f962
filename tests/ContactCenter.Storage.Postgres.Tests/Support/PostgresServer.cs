using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Tests.Support;

/// <summary>
/// A private PostgreSQL server for this test run, shared by every test class (each gets its own database):
/// <c>initdb</c> into a fresh directory under /tmp, as the <c>postgres</c> user when running as root, listening on
/// 127.0.0.1 only on an ephemeral port, password (SCRAM) authentication for a superuser. Stopped and deleted when the
/// test process exits; a watchdog does the same if the process is killed. With <c>CC_TEST_POSTGRES</c> set (see
/// <c>.ci/postgres.sh</c>), that server is used instead.
/// </summary>
internal sealed class PostgresServer
{
    public const string AdminUser = "cc_admin";
    private static readonly Lazy<Task<PostgresServer>> Instance = new(StartAsync);

    private PostgresServer(string adminConnectionString)
    {
        AdminConnectionString = adminConnectionString;
    }

    /// <summary>A superuser connection string (database <c>postgres</c>).</summary>
    public string AdminConnectionString { get; }

    public static Task<PostgresServer> SharedAsync() => Instance.Value;

    private static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("CC_TEST_POSTGRES") is { Length: > 0 } external)
        {
            return new PostgresServer(external);
        }

        var bin = PostgresBinaries.Find();
        var directory = Path.Combine(Path.GetTempPath(), "cc-pg-test-" + Guid.NewGuid().ToString("N")[..12]);
        var data = Path.Combine(directory, "data");
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "pwfile"), password).ConfigureAwait(false);
        if (ProcessRunner.IsRoot)
        {
            using var chown = Process.Start("chown", ["-R", "postgres:postgres", directory]);
            await chown.WaitForExitAsync().ConfigureAwait(false);
        }

        await ProcessRunner.RunAsync(Path.Combine(bin, "initdb"),
            "-D", data, "-U", AdminUser, "--pwfile", Path.Combine(directory, "pwfile"), "-E", "UTF8", "--no-locale",
            "--auth-host=scram-sha-256", "--auth-local=trust", "--no-sync").ConfigureAwait(false);

        var port = await StartServerAsync(bin, directory, data).ConfigureAwait(false);
        WatchForExit(bin, directory, data);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = AdminUser,
            Password = password,
            Database = "postgres",
        };
        return new PostgresServer(builder.ConnectionString);
    }

    private static async Task<int> StartServerAsync(string bin, string directory, string data)
    {
        // The port is free when picked; another process could take it before the server binds, so try again.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var options = string.Join(' ',
                "-p", port.ToString(CultureInfo.InvariantCulture), "-k", directory, "-c", "listen_addresses=127.0.0.1",
                "-c", "max_connections=200", "-c", "fsync=off", "-c", "full_page_writes=off");
            try
            {
                await ProcessRunner.RunAsync(Path.Combine(bin, "pg_ctl"),
                    "-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", options, "start").ConfigureAwait(false);
                return port;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200)).ConfigureAwait(false);
            }
        }
    }

    private static void WatchForExit(string bin, string directory, string data)
    {
        var pgCtl = Path.Combine(bin, "pg_ctl");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(pgCtl, directory, data);

        // If this process is killed, ProcessExit never runs: a detached shell stops the server and deletes its files.
        var pid = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var script = $"while [ -d /proc/{pid} ]; do sleep 2; done; '{pgCtl}' -D '{data}' -m immediate stop >/dev/null 2>&1; rm -rf '{directory}'";
        ProcessRunner.StartDetached("setsid", "-f", "bash", "-c", script);
    }

    private static void Stop(string pgCtl, string directory, string data)
    {
        var start = new ProcessStartInfo(ProcessRunner.IsRoot ? "runuser" : pgCtl) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in (ProcessRunner.IsRoot ? ["-u", "postgres", "--", pgCtl] : Array.Empty<string>()).Concat(["-D", data, "-m", "fast", "stop"]))
        {
            start.ArgumentList.Add(argument);
        }

        using (var process = Process.Start(start))
        {
            process?.WaitForExit(TimeSpan.FromSeconds(30));
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // The watchdog deletes it once the server is down.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
