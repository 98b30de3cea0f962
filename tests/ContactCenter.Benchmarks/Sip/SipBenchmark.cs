using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Sip;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Benchmarks.Sip;

/// <summary>
/// SIP figures: parse+serialize messages per second (single thread), and digest-authenticated registrations per
/// second over UDP loopback against our registrar in the same process (each registration is REGISTER, 401,
/// REGISTER with credentials, 200).
/// </summary>
internal static class SipBenchmark
{
    private const string Sdp =
        "v=0\r\no=alice 2890844526 2890844526 IN IP4 10.0.0.2\r\ns=-\r\nc=IN IP4 10.0.0.2\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0 8 101\r\na=sendrecv\r\n";

    private static readonly string Invite =
        "INVITE sip:autos@10.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK776asdhds;rport\r\nMax-Forwards: 70\r\n"
        + "To: \"Autos\" <sip:autos@10.0.0.1>\r\nFrom: \"Alice\" <sip:alice@10.0.0.2>;tag=1928301774\r\nCall-ID: a84b4c76e66710@10.0.0.2\r\n"
        + "CSeq: 314159 INVITE\r\nContact: <sip:alice@10.0.0.2:5060>\r\nContent-Type: application/sdp\r\nContent-Length: "
        + Sdp.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n" + Sdp;

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 3);
        var clients = Option(args, "--clients", 8);
        Console.WriteLine($"SIP benchmark: {seconds} s per figure, {clients} UDP clients, {Environment.ProcessorCount} cores");
        ParseSerialize("INVITE with SDP", Encoding.UTF8.GetBytes(Invite), seconds);
        ParseSerialize("REGISTER", Encoding.UTF8.GetBytes(Register("agent1", 1, "b1", null)), seconds);
        await RegistrationsAsync(seconds, clients);
        await MixerBenchmark.RunAsync(seconds);
        if (args.Contains("--calls"))
        {
            await SipCallBenchmark.RunAsync(seconds, [50, 100, 200, 400]);
        }

        return 0;
    }

    private static void ParseSerialize(string name, byte[] message, int seconds)
    {
        var count = 0L;
        var started = Stopwatch.GetTimestamp();
        var until = TimeSpan.FromSeconds(seconds);
        while (Stopwatch.GetElapsedTime(started) < until)
        {
            for (var i = 0; i < 1000; i++)
            {
                SipMessageSerializer.Serialize(SipMessageParser.Parse(message, SipLimits.Default));
            }

            count += 1000;
        }

        Console.WriteLine($"parse+serialize {name}: {count / Stopwatch.GetElapsedTime(started).TotalSeconds:F0} messages/s");
    }

    private static async Task RegistrationsAsync(int seconds, int clients)
    {
        var options = new SipServerOptions
        {
            UdpEndpoints = [new IPEndPoint(IPAddress.Loopback, 0)], TcpEndpoints = [], Realm = "bench",
            Protection = new SipProtectionOptions { RequestsPerSecond = 1e9, Burst = 1_000_000_000 },
        };
        var credentials = new InMemorySipCredentialStore();
        for (var i = 0; i < clients; i++)
        {
            await credentials.RotateAsync("bench", $"agent{i}", "secret", CancellationToken.None);
        }

        await using var server = SipServerFactory.CreateRegistrarServer(options, credentials, TimeProvider.System, NullLoggerFactory.Instance);
        server.Start();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var started = Stopwatch.GetTimestamp();
        var done = await Task.WhenAll(Enumerable.Range(0, clients).Select(i => ClientAsync($"agent{i}", server.UdpEndpoints[0], stop.Token)));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.WriteLine($"registrations over UDP loopback (digest, 4 messages each): {done.Sum() / elapsed:F0} registrations/s");
    }

    private static async Task<long> ClientAsync(string user, IPEndPoint server, CancellationToken stop)
    {
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var count = 0L;
        var cseq = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var branch = "z9hG4bK" + user + cseq;
                var challenge = await ExchangeAsync(udp, server, Register(user, ++cseq, branch + "a", null), stop);
                var answer = Answer(challenge, user);
                var ok = await ExchangeAsync(udp, server, Register(user, ++cseq, branch + "b", answer), stop);
                if (ok.StatusCode == 200)
                {
                    count++;
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return count;
    }

    private static async Task<SipResponse> ExchangeAsync(UdpClient udp, IPEndPoint server, string request, CancellationToken stop)
    {
        await udp.SendAsync(Encoding.UTF8.GetBytes(request), server, stop);
        var received = await udp.ReceiveAsync(stop);
        return (SipResponse)SipMessageParser.Parse(received.Buffer, SipLimits.Default);
    }

    private static string Answer(SipResponse challenge, string user)
    {
        var header = challenge.Headers.GetAll(SipHeaderNames.WwwAuthenticate).Select(SipAuthorization.TryParse)
            .First(a => a!["algorithm"] == SipDigestAlgorithm.Sha256)!;
        var ha1 = SipDigestAlgorithm.Ha1(SipDigestAlgorithm.Sha256, user, "bench", "secret");
        var response = SipDigestAlgorithm.Response(SipDigestAlgorithm.Sha256, ha1, header["nonce"]!, "00000001", "ab", "auth", "REGISTER", "sip:bench");
        return $"Digest username=\"{user}\", realm=\"bench\", nonce=\"{header["nonce"]}\", uri=\"sip:bench\", response=\"{response}\", algorithm=SHA-256, qop=auth, nc=00000001, cnonce=\"ab\"";
    }

    private static string Register(string user, int cseq, string branch, string? authorization) =>
        $"REGISTER sip:bench SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5062;branch={branch};rport\r\nMax-Forwards: 70\r\n"
        + $"To: <sip:{user}@bench>\r\nFrom: <sip:{user}@bench>;tag=t{user}\r\nCall-ID: c-{user}\r\nCSeq: {cseq.ToString(CultureInfo.InvariantCulture)} REGISTER\r\n"
        + $"Contact: <sip:{user}@127.0.0.1:5062>;expires=600\r\n"
        + (authorization is null ? string.Empty : $"Authorization: {authorization}\r\n")
        + "Content-Length: 0\r\n\r\n";

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
