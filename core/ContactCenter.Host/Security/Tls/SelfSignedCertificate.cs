using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ContactCenter.Host.Security.Tls;

/// <summary>Creates the host's self-signed certificate: ECDSA P-256, server authentication, for the loopback names and the machine name.</summary>
internal static class SelfSignedCertificate
{
    public const string SubjectName = "CN=ContactCenter self-signed host certificate";

    /// <summary>How long a generated certificate is valid.</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromDays(365);

    /// <summary>Creates the certificate and returns it as PKCS#12 bytes without a password (the file is owner-only).</summary>
    public static byte[] CreatePkcs12(DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(SubjectName, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(BuildSubjectAlternativeNames());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication")], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));

        // Back-dated a little so that a client whose clock is slightly behind still accepts it.
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.Add(Validity));
        return certificate.Export(X509ContentType.Pkcs12);
    }

    private static X509Extension BuildSubjectAlternativeNames()
    {
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        var machine = Environment.MachineName;
        if (Uri.CheckHostName(machine) == UriHostNameType.Dns && !machine.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            names.AddDnsName(machine.ToLowerInvariant());
        }

        return names.Build(critical: false);
    }
}
