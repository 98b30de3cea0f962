using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ContactCenter.Plugins.Channels.Email.Tests.Support;

/// <summary>A certificate made for one test run (RSA 2048, <c>localhost</c> and 127.0.0.1), written as PKCS#12 and as PEM with a sibling key.</summary>
internal sealed class TestCertificate : IDisposable
{
    public const string Password = "prueba-tls";

    private readonly string _directory = Directory.CreateTempSubdirectory("cc-email-cert-").FullName;

    public TestCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        Thumbprint = certificate.Thumbprint;
        PfxPath = Path.Combine(_directory, "listener.pfx");
        File.WriteAllBytes(PfxPath, certificate.Export(X509ContentType.Pkcs12, Password));
        PemPath = Path.Combine(_directory, "listener.pem");
        File.WriteAllText(PemPath, certificate.ExportCertificatePem());
        File.WriteAllText(Path.ChangeExtension(PemPath, ".key"), key.ExportPkcs8PrivateKeyPem());
        CertificateOnlyPath = Path.Combine(_directory, "only.crt");
        File.WriteAllText(CertificateOnlyPath, certificate.ExportCertificatePem());
    }

    public string Thumbprint { get; }

    public string PfxPath { get; }

    /// <summary>PEM certificate with its key in the sibling <c>listener.key</c>.</summary>
    public string PemPath { get; }

    /// <summary>A PEM certificate with no key anywhere.</summary>
    public string CertificateOnlyPath { get; }

    /// <summary>Accepts exactly this certificate (the client pins it, as a relay would).</summary>
    public bool IsThis(X509Certificate? presented) =>
        presented is not null && string.Equals(presented.GetCertHashString(), Thumbprint, StringComparison.OrdinalIgnoreCase);

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
