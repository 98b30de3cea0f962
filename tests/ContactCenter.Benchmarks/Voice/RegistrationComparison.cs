using System.Diagnostics;
using System.Globalization;
using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// Registrations per second, ours against Kamailio's, with the same SIPp scenario (bench_register.xml), the same
/// users and password, the same number of registrations in flight (SIPp -l) and the same duration, back to back,
/// alternating over the rounds so that the shared machine's load falls on both.
/// </summary>
internal static class RegistrationComparison
{
    private const string Realm = "bench";
    private const string Password = "bench-secret";

    public static async Task RunAsync(VoiceBenchmarkOptions options)
    {
        Console.WriteLine($"Registrations/s: SIPp bench_register.xml, {options.Clients} in flight, {options.Users} users, {options.RegisterSeconds} s per run, {options.Rounds} rounds");
        if (!KamailioRegistrar.Installed)
        {
            Console.WriteLine("kamailio is not installed: bash tests/ContactCenter.Benchmarks/kamailio/install.sh (only ours is measured)");
        }

        var ours = new List<double>();
        var theirs = new List<double>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            ours.Add(await OursAsync(options));
            if (KamailioRegistrar.Installed)
            {
                await using var kamailio = await KamailioRegistrar.StartAsync(Environment.ProcessorCount);
                theirs.Add(await MeasureAsync("kamailio", kamailio.Endpoint, options));
            }
        }

        if (theirs.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"registrations/s, mean of {options.Rounds}: ours {ours.Average():F0}, kamailio {theirs.Average():F0}, ours / kamailio = {ours.Average() / theirs.Average():F2}"));
        }
    }

    private static async Task<double> OursAsync(VoiceBenchmarkOptions options)
    {
        var server = new SipServerOptions
        {
            UdpEndpoints = [new IPEndPoint(IPAddress.Loopback, 0)], TcpEndpoints = [], Realm = Realm,
            Protection = new SipProtectionOptions { RequestsPerSecond = 1e9, Burst = 1_000_000_000 },
        };
        var credentials = new InMemorySipCredentialStore();
        for (var i = 0; i < options.Users; i++)
        {
            await credentials.RotateAsync(Realm, User(i), Password, CancellationToken.None);
        }

        await using var registrar = SipServerFactory.CreateRegistrarServer(server, credentials, TimeProvider.System, NullLoggerFactory.Instance);
        registrar.Start();
        return await MeasureAsync("ours", registrar.UdpEndpoints[0], options);
    }

    private static async Task<double> MeasureAsync(string name, IPEndPoint target, VoiceBenchmarkOptions options)
    {
        var directory = VoiceSipp.PrivateDirectory();
        try
        {
            var users = Path.Combine(directory, "users.csv");
            await File.WriteAllLinesAsync(users, ["SEQUENTIAL", .. Enumerable.Range(0, options.Users).Select(i => $"{User(i)};{Password};")]);
            var started = Stopwatch.GetTimestamp();
            var outcome = await VoiceSipp.RunAsync(directory,
            [
                $"{target.Address}:{VoiceSipp.Text(target.Port)}", "-sf", VoiceSipp.Scenario("bench_register.xml"), "-inf", users,
                "-i", "127.0.0.1", "-p", VoiceSipp.Text(VoiceSipp.FreeUdpPort()), "-r", "100000", "-l", VoiceSipp.Text(options.Clients),
                "-m", "100000000", "-timeout", $"{VoiceSipp.Text(options.RegisterSeconds)}s", "-recv_timeout", "5000",
                "-nostdin", "-trace_stat", "-fd", "1",
            ]);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var perSecond = Math.Max(0, outcome.Successful) / elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-8} {outcome.Successful} registered, {outcome.Failed} failed in {elapsed:F1} s: {perSecond:F0} registrations/s"));
            return perSecond;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string User(int i) => "agent" + i.ToString(CultureInfo.InvariantCulture);
}
