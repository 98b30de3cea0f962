using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>
/// A minimal authoritative DNS server over UDP on a loopback ephemeral port for a test zone: it answers SRV and A
/// questions from the records added, an empty answer (NOERROR) for another type of a known name, and NXDOMAIN for
/// a name it does not know. It counts the questions per name (to prove caching). Enough for the resolver's tests.
/// </summary>
internal sealed class DnsStandIn : IDisposable
{
    private const ushort TypeA = 1;
    private const ushort TypeSrv = 33;
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    private readonly List<Record> _records = [];
    private readonly Dictionary<string, int> _questions = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stop = new();

    public DnsStandIn()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Endpoint = (IPEndPoint)_socket.LocalEndPoint!;
        _ = Task.Run(ServeAsync);
    }

    public IPEndPoint Endpoint { get; }

    public DnsStandIn Srv(string name, ushort priority, ushort weight, ushort port, string target, uint ttl = 300)
    {
        var data = new List<byte>();
        data.AddRange(BigEndian(priority));
        data.AddRange(BigEndian(weight));
        data.AddRange(BigEndian(port));
        data.AddRange(Name(target));
        return Add(new Record(name, TypeSrv, ttl, [.. data]));
    }

    public DnsStandIn A(string name, string address, uint ttl = 300) => Add(new Record(name, TypeA, ttl, IPAddress.Parse(address).GetAddressBytes()));

    public int Questions(string name)
    {
        lock (_questions)
        {
            return _questions.GetValueOrDefault(name);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _socket.Dispose();
        _stop.Dispose();
    }

    private DnsStandIn Add(Record record)
    {
        lock (_records)
        {
            _records.Add(record);
        }

        return this;
    }

    private async Task ServeAsync()
    {
        var buffer = new byte[1_500];
        while (!_stop.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), _stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (Answer(buffer.AsSpan(0, received.ReceivedBytes)) is { } answer)
            {
                await _socket.SendToAsync(answer, SocketFlags.None, received.RemoteEndPoint);
            }
        }
    }

    /// <summary>The response to one query: header, the question echoed, the answers (owner name compressed to the question).</summary>
    private byte[]? Answer(ReadOnlySpan<byte> query)
    {
        if (query.Length < 17)
        {
            return null;
        }

        var (name, end) = ReadName(query, 12);
        var type = BinaryPrimitives.ReadUInt16BigEndian(query[end..]);
        var questionEnd = end + 4;
        lock (_questions)
        {
            _questions[name] = _questions.GetValueOrDefault(name) + 1;
        }

        List<Record> matching;
        bool known;
        lock (_records)
        {
            known = _records.Exists(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
            matching = _records.FindAll(r => r.Type == type && string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
        }

        var response = new List<byte>();
        response.AddRange(query[..2].ToArray());
        var recursionDesired = (byte)(query[2] & 0x01);
        response.Add((byte)(0x84 | recursionDesired));  // QR, authoritative answer.
        response.Add((byte)(0x80 | (known ? 0 : 3)));   // RA; RCODE 3 = NXDOMAIN.
        response.AddRange(BigEndian(1));
        response.AddRange(BigEndian((ushort)matching.Count));
        response.AddRange(BigEndian(0));
        response.AddRange(BigEndian(0));
        response.AddRange(query[12..questionEnd].ToArray());
        foreach (var record in matching)
        {
            response.AddRange([0xC0, 0x0C]);
            response.AddRange(BigEndian(record.Type));
            response.AddRange(BigEndian(1));
            var ttl = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(ttl, record.Ttl);
            response.AddRange(ttl);
            response.AddRange(BigEndian((ushort)record.Data.Length));
            response.AddRange(record.Data);
        }

        return [.. response];
    }

    private static (string Name, int End) ReadName(ReadOnlySpan<byte> message, int offset)
    {
        var labels = new List<string>();
        while (offset < message.Length && message[offset] != 0)
        {
            var length = message[offset];
            labels.Add(Encoding.ASCII.GetString(message.Slice(offset + 1, length)));
            offset += length + 1;
        }

        return (string.Join('.', labels), offset + 1);
    }

    private static byte[] Name(string name)
    {
        var bytes = new List<byte>();
        foreach (var label in name.TrimEnd('.').Split('.'))
        {
            bytes.Add((byte)label.Length);
            bytes.AddRange(Encoding.ASCII.GetBytes(label));
        }

        bytes.Add(0);
        return [.. bytes];
    }

    private static byte[] BigEndian(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        return bytes;
    }

    private sealed record Record(string Name, ushort Type, uint Ttl, byte[] Data);
}
