using System.Net;
using System.Net.Sockets;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Sip.Transport;

/// <summary>The server's UDP and TCP transports on loopback ephemeral ports, driven by raw sockets.</summary>
public sealed class SipTransportTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Udp_Options_200SentBackToSourceWithReceivedAndRport()
    {
        await using var server = await RunningSipServer.StartAsync();
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));

        await client.SendAsync(Encoding.UTF8.GetBytes(Options("z9hG4bKu1", "192.0.2.99:5099")), server.Udp);
        var reply = await ReceiveAsync(client);

        Assert.StartsWith("SIP/2.0 200 OK\r\n", reply, StringComparison.Ordinal);
        Assert.Contains($"branch=z9hG4bKu1;rport={((IPEndPoint)client.Client.LocalEndPoint!).Port};received=127.0.0.1\r\n", reply, StringComparison.Ordinal);
        Assert.Contains("Allow: OPTIONS, REGISTER", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Udp_Garbage_400WithCopiedHeadersAndServerKeepsServing()
    {
        await using var server = await RunningSipServer.StartAsync();
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var bad = Options("z9hG4bKu2", "127.0.0.1:1").Replace("CSeq: 1 OPTIONS", "CSeq: 99999999999 OPTIONS", StringComparison.Ordinal);

        await client.SendAsync(Encoding.UTF8.GetBytes(bad), server.Udp);
        var rejection = await ReceiveAsync(client);
        await client.SendAsync(Encoding.UTF8.GetBytes(Options("z9hG4bKu3", "127.0.0.1:1")), server.Udp);
        var next = await ReceiveAsync(client);

        Assert.StartsWith("SIP/2.0 400 CSeq number out of range\r\n", rejection, StringComparison.Ordinal);
        Assert.Contains("Call-ID: t-z9hG4bKu2", rejection, StringComparison.Ordinal);
        Assert.StartsWith("SIP/2.0 200 OK", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Udp_Retransmission_AbsorbedAndAnsweredWithSameResponse()
    {
        await using var server = await RunningSipServer.StartAsync();
        using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var request = Encoding.UTF8.GetBytes(SipTestClient.Register(RunningSipServer.User, "127.0.0.1", 1));

        await client.SendAsync(request, server.Udp);
        var first = await ReceiveAsync(client);
        await client.SendAsync(request, server.Udp);
        var second = await ReceiveAsync(client);

        Assert.StartsWith("SIP/2.0 401", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Tcp_TwoMessagesInOneWriteAndOneSplitAcrossWrites_AllAnswered()
    {
        await using var server = await RunningSipServer.StartAsync();
        using var client = new TcpClient();
        await client.ConnectAsync(server.Tcp);
        var stream = client.GetStream();
        var two = Encoding.UTF8.GetBytes("\r\n\r\n" + Options("z9hG4bKt1", "127.0.0.1:1", "TCP") + Options("z9hG4bKt2", "127.0.0.1:1", "TCP"));
        var third = Encoding.UTF8.GetBytes(Options("z9hG4bKt3", "127.0.0.1:1", "TCP"));

        await stream.WriteAsync(two);
        await stream.WriteAsync(third.AsMemory(0, 40));
        await stream.FlushAsync();
        await Task.Delay(50);
        await stream.WriteAsync(third.AsMemory(40));
        var replies = await ReadResponsesAsync(stream, 3);

        Assert.Equal(3, replies.Count(r => r.StartsWith("SIP/2.0 200 OK", StringComparison.Ordinal)));
        Assert.Contains(replies, r => r.Contains("branch=z9hG4bKt3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tcp_MissingContentLength_400ThenConnectionClosed()
    {
        await using var server = await RunningSipServer.StartAsync();
        using var client = new TcpClient();
        await client.ConnectAsync(server.Tcp);
        var stream = client.GetStream();
        var noLength = Options("z9hG4bKt4", "127.0.0.1:1", "TCP").Replace("Content-Length: 0\r\n", string.Empty, StringComparison.Ordinal);

        await stream.WriteAsync(Encoding.UTF8.GetBytes(noLength));
        using var timeout = new CancellationTokenSource(Wait);
        var reader = new StreamReader(stream);
        var all = await reader.ReadToEndAsync(timeout.Token);

        Assert.StartsWith("SIP/2.0 400 Content-Length is mandatory on stream transports\r\n", all, StringComparison.Ordinal);
    }

    private static string Options(string branch, string sentBy, string transport = "UDP") =>
        $"OPTIONS sip:127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/{transport} {sentBy};branch={branch};rport\r\nMax-Forwards: 70\r\n"
        + $"From: <sip:probe@127.0.0.1>;tag=p1\r\nTo: <sip:127.0.0.1>\r\nCall-ID: t-{branch}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";

    private static async Task<string> ReceiveAsync(UdpClient client)
    {
        using var timeout = new CancellationTokenSource(Wait);
        var result = await client.ReceiveAsync(timeout.Token);
        return Encoding.UTF8.GetString(result.Buffer);
    }

    private static async Task<List<string>> ReadResponsesAsync(NetworkStream stream, int count)
    {
        using var timeout = new CancellationTokenSource(Wait);
        var text = new StringBuilder();
        var buffer = new byte[4096];
        while (CountResponses(text.ToString()) < count)
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                break;
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        return [.. text.ToString().Split("SIP/2.0 ", StringSplitOptions.RemoveEmptyEntries).Select(r => "SIP/2.0 " + r)];
    }

    private static int CountResponses(string text) => text.Split("SIP/2.0 ").Length - 1;
}
