using System.Buffers.Binary;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace ContactCenter.Host.Tests.Security.Tls;

/// <summary>
/// Sends a hand-built TLS ClientHello offering exactly one protocol version and reads the server's first record. The
/// OS's OpenSSL refuses to offer TLS 1.0/1.1 from the client side, so a real client cannot show that the server
/// refuses them; raw bytes can. The same hello offering TLS 1.2 is the control that the probe itself is sound.
/// </summary>
internal static class RawClientHello
{
    /// <summary>The first record the server answers with: content type (22 handshake, 21 alert), and its first bytes.</summary>
    public sealed record Answer(byte ContentType, byte[] Fragment)
    {
        public bool IsServerHello(ushort version) =>
            ContentType == 22 && Fragment.Length >= 6 && Fragment[0] == 2 && BinaryPrimitives.ReadUInt16BigEndian(Fragment.AsSpan(4)) == version;

        public bool IsAlert(byte description) => ContentType == 21 && Fragment.Length >= 2 && Fragment[1] == description;
    }

    public const ushort Tls10 = 0x0301;
    public const ushort Tls11 = 0x0302;
    public const ushort Tls12 = 0x0303;
    public const byte ProtocolVersionAlert = 70;

    public static async Task<Answer?> SendAsync(Uri server, ushort version)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));   // a guard against a hang, not a timing assertion
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Build(version), timeout.Token);
        var header = new byte[5];
        if (!await ReadExactlyOrEndAsync(stream, header, timeout.Token))
        {
            return null;   // closed without a word: refused too
        }

        var fragment = new byte[Math.Min((int)BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(3)), 64)];
        return await ReadExactlyOrEndAsync(stream, fragment, timeout.Token) ? new Answer(header[0], fragment) : new Answer(header[0], []);
    }

    private static async Task<bool> ReadExactlyOrEndAsync(NetworkStream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            await stream.ReadExactlyAsync(buffer, cancellationToken);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;   // reset by the server
        }
    }

    private static byte[] Build(ushort version)
    {
        // ECDHE with ECDSA (the host's certificate) and RSA, GCM for 1.2 and CBC for 1.0/1.1, plus the renegotiation SCSV.
        ushort[] suites = [0xC02B, 0xC02F, 0xC009, 0xC00A, 0xC013, 0xC014, 0x002F, 0x00FF];
        var extensions = new List<byte>();
        Extension(extensions, 0x000A, [0x00, 0x04, 0x00, 0x17, 0x00, 0x1D]);   // supported groups: secp256r1, x25519
        Extension(extensions, 0x000B, [0x01, 0x00]);                           // EC point formats: uncompressed
        Extension(extensions, 0x000D, [0x00, 0x06, 0x04, 0x03, 0x08, 0x04, 0x04, 0x01]);   // signature algorithms

        var body = new List<byte>();
        U16(body, version);
        body.AddRange(RandomNumberGenerator.GetBytes(32));
        body.Add(0);   // no session id
        U16(body, (ushort)(suites.Length * 2));
        foreach (var suite in suites)
        {
            U16(body, suite);
        }

        body.AddRange([1, 0]);   // null compression only
        U16(body, (ushort)extensions.Count);
        body.AddRange(extensions);

        var record = new List<byte> { 22, 0x03, 0x01 };
        U16(record, (ushort)(body.Count + 4));
        record.AddRange([1, 0, (byte)(body.Count >> 8), (byte)body.Count]);
        record.AddRange(body);
        return [.. record];
    }

    private static void Extension(List<byte> target, ushort type, byte[] data)
    {
        U16(target, type);
        U16(target, (ushort)data.Length);
        target.AddRange(data);
    }

    private static void U16(List<byte> target, ushort value) => target.AddRange([(byte)(value >> 8), (byte)value]);
}
