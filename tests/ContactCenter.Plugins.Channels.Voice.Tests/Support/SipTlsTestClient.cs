using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>A SIP over TLS client on loopback: a real SslStream that trusts exactly the test server's certificate.</summary>
internal sealed class SipTlsTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly TcpClient _tcp;
    private readonly StringBuilder _received = new();

    private SipTlsTestClient(TcpClient tcp, SslStream stream)
    {
        _tcp = tcp;
        Stream = stream;
    }

    public SslStream Stream { get; }

    public IPEndPoint Local => (IPEndPoint)_tcp.Client.LocalEndPoint!;

    public static async Task<SipTlsTestClient> ConnectAsync(IPEndPoint server, X509Certificate2 expected, SslProtocols protocols = SslProtocols.None)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(server);
        var stream = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
        try
        {
            using var timeout = new CancellationTokenSource(Wait);
            await stream.AuthenticateAsClientAsync(
                new SslClientAuthenticationOptions
                {
                    TargetHost = "localhost",
                    EnabledSslProtocols = protocols,
                    RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                        certificate is not null && certificate.GetCertHashString() == expected.GetCertHashString(),
                },
                timeout.Token);
        }
        catch
        {
            await stream.DisposeAsync();
            tcp.Dispose();
            throw;
        }

        return new SipTlsTestClient(tcp, stream);
    }

    public async Task SendAsync(string message)
    {
        await Stream.WriteAsync(Encoding.UTF8.GetBytes(message));
        await Stream.FlushAsync();
    }

    /// <summary>The next response on the stream (framed by Content-Length: 0 bodies only, which is what the tests get).</summary>
    public async Task<string> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Wait);
        var buffer = new byte[4096];
        while (true)
        {
            var text = _received.ToString();
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0)
            {
                _received.Remove(0, end + 4);
                return text[..(end + 4)];
            }

            var read = await Stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
            {
                return _received.ToString();
            }

            _received.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync();
        _tcp.Dispose();
    }
}
