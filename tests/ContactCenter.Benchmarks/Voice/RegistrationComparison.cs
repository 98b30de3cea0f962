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
/// users and password, the same number of clients (one SIPp each, one registration in flight) and the same duration, back to back,
/// alternating over the rounds so that the shared machine's load falls on both.
/// </summary>
internal static class RegistrationComparison
{
    private const string Realm = "bench";
    private const string Password = "bench-secret";

    public static async Task RunAsync(VoiceBenchmarkOptions options)
    {
        Console.WriteLine($"Registrations/s: SIPp bench_register.xml, {options.Clients} clients (one SIPp and SIP user each, one registration at a time), {options.RegisterSeconds} s per run, {options.Rounds} rounds");
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

            // MD5 only, as Kamailio's challenge (and SIPp answers nothing else): the same digest work on both sides.
            DigestAlgorithms = [SipDigestAlgorithm.Md5],
            Protection = new SipProtectionOptions { RequestsPerSecond = 1e9, Burst = 1_000_000_000 },
        };
        var credentials = new InMemorySipCredentialStore();
        for (var i = 0; i < options.Clients; i++)
        {
            await credentials.RotateAsync(Realm, User(i), Password, CancellationToken.None);
        }

        await using var registrar = SipServerFactory.CreateRegistrarServer(server, credentials, TimeProvider.System, NullLoggerFactory.Instance);
        registrar.Start();
        return await MeasureAsync("ours", registrar.UdpEndpoints[0], options);
    }

    private static async Task<double> MeasureAsync(string name, IPEndPoint target, VoiceBenchmarkOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(i => ClientAsync(target, User(i), options.RegisterSeconds)));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var registered = outcomes.Sum(o => Math.Max(0, o.Successful));
        var perSecond = registered / elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-8} {registered} registered, {outcomes.Sum(o => Math.Max(0, o.Failed))} failed in {elapsed:F1} s: {perSecond:F0} registrations/s"));
        foreach (var error in outcomes.Where(o => o.Successful <= 0 && o.Errors.Length > 0).Select(o => o.Errors.Trim()).Distinct().Take(2))
        {
            Console.WriteLine($"  SIPp: {error}");
        }

        return perSecond;
    }

    /// <summary>One client: its own SIPp and SIP user, one registration at a time (-l 1) for the duration.</summary>
    private static async Task<SippOutcome> ClientAsync(IPEndPoint target, string user, int seconds)
    {
        var directory = VoiceSipp.PrivateDirectory();
        try
        {
            return await VoiceSipp.RunAsync(directory,
            [
                $"{target.Address}:{VoiceSipp.Text(target.Port)}", "-sf", VoiceSipp.Scenario("bench_register.xml"), "-s", user, "-au", user, "-ap", Password,
                "-i", "127.0.0.1", "-p", VoiceSipp.Text(VoiceSipp.FreeUdpPort()), "-r", "100000", "-l", "1",
                "-m", "100000000", "-timeout", $"{VoiceSipp.Text(seconds)}s", "-recv_timeout", "5000", "-nostdin", "-trace_stat", "-fd", "1",
            ]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string User(int i) => "agent" + i.ToString(CultureInfo.InvariantCulture);
}
