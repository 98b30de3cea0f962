using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transport;

/// <summary>
/// The server side of SIP over TLS (RFC 3261 §26.2.1): TLS 1.2 or 1.3 only, our certificate, no client certificate
/// asked. A handshake that fails, stalls or receives plain text is logged and ends that connection only.
/// </summary>
internal sealed partial class SipTlsServer(X509Certificate2 certificate, ILogger logger)
{
    /// <summary>How long a peer may take to finish the handshake: a silent connection must not hold a socket forever.</summary>
    public static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(10);

    public X509Certificate2 Certificate => certificate;

    /// <summary>The TLS stream over <paramref name="inner"/>, or null (inner disposed) when the handshake failed.</summary>
    public async Task<Stream?> AuthenticateAsync(Stream inner, EndPoint remote, CancellationToken cancellationToken)
    {
        var tls = new SslStream(inner, leaveInnerStreamOpen: false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HandshakeTimeout);
        try
        {
            await tls.AuthenticateAsServerAsync(
                new SslServerAuthenticationOptions
                {
                    ServerCertificate = certificate,
                    EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                    ClientCertificateRequired = false,
                    CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
                },
                timeout.Token).ConfigureAwait(false);
            return tls;
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                LogHandshakeFailed(logger, remote.ToString() ?? "?", ex is OperationCanceledException ? "timed out" : ex.Message);
            }

            await tls.DisposeAsync().ConfigureAwait(false);
            return null;
        }
    }

    [LoggerMessage(7090, LogLevel.Warning, "SIP TLS handshake with {Remote} failed ({Error}); connection closed")]
    private static partial void LogHandshakeFailed(ILogger logger, string remote, string error);
}
