using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace ContactCenter.Host.Tests.Support;

/// <summary>Performs a raw TLS handshake with a host and reports what was negotiated.</summary>
internal static class TlsProbe
{
    public static async Task<(SslProtocols Protocol, X509Certificate2 Certificate)> HandshakeAsync(Uri address, SslProtocols protocols)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            EnabledSslProtocols = protocols,
            // The tests inspect the certificate themselves; any certificate is enough to complete the handshake.
            RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null,
        });
        return (tls.SslProtocol, new X509Certificate2(tls.RemoteCertificate!));
    }
}
