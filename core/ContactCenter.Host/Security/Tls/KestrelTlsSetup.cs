using System.Security.Authentication;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Security.Tls;

/// <summary>Every HTTPS endpoint uses the host certificate with TLS 1.2 or 1.3 only.</summary>
internal sealed class KestrelTlsSetup(HostCertificateProvider certificates) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions options)
    {
        options.AddServerHeader = false;
        options.ConfigureHttpsDefaults(https =>
        {
            https.ServerCertificate = certificates.Certificate;
            https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
        });
    }
}
