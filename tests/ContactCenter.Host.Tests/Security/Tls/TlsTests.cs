using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Tests.Security.Tls;

[Collection(SharedHostCollection.Name)]
public sealed class TlsTests(SharedHostFixture fixture)
{
    [Fact]
    public async Task Handshake_Tls12Only_Succeeds()
    {
        var (protocol, _) = await TlsProbe.HandshakeAsync(fixture.Host.BaseAddress, SslProtocols.Tls12);

        Assert.Equal(SslProtocols.Tls12, protocol);
    }

    [Fact]
    public async Task Handshake_Tls13Only_Succeeds()
    {
        var (protocol, _) = await TlsProbe.HandshakeAsync(fixture.Host.BaseAddress, SslProtocols.Tls13);

        Assert.Equal(SslProtocols.Tls13, protocol);
    }

    [Fact]
    public async Task SelfSigned_FirstRun_IsEcdsaP256ForLoopbackNames()
    {
        var (_, certificate) = await TlsProbe.HandshakeAsync(fixture.Host.BaseAddress, SslProtocols.Tls12 | SslProtocols.Tls13);

        using var key = certificate.GetECDsaPublicKey();
        Assert.NotNull(key);
        Assert.Equal(256, key.KeySize);
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Contains("localhost", names.EnumerateDnsNames());
        Assert.Contains(IPAddress.Loopback, names.EnumerateIPAddresses());
        Assert.Contains(IPAddress.IPv6Loopback, names.EnumerateIPAddresses());
        Assert.Equal(fixture.Host.CertificateSha256, certificate.GetCertHashString(HashAlgorithmName.SHA256));
        Assert.True(File.Exists(Path.Combine(fixture.Host.DataDirectory, "certs", "host.pfx")));
    }

    [Fact]
    public async Task SelfSigned_SecondRunOnSameDirectory_ReusesTheCertificate()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("cc-cert-").FullName;
        try
        {
            string first;
            await using (var host = await RunningHost.StartAsync(dataDirectory, null))
            {
                first = host.CertificateSha256;
            }

            await using var again = await RunningHost.StartAsync(dataDirectory, null);
            var (_, served) = await TlsProbe.HandshakeAsync(again.BaseAddress, SslProtocols.Tls12);
            Assert.Equal(first, served.GetCertHashString(HashAlgorithmName.SHA256));
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task ConfiguredCertificate_WithPassword_IsServed()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("cc-cert-").FullName;
        try
        {
            var path = Path.Combine(dataDirectory, "mine.pfx");
            using (var key = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=configured", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(10));
                await File.WriteAllBytesAsync(path, made.Export(X509ContentType.Pkcs12, "s3cret"));
            }

            await using var host = await RunningHost.StartAsync(dataDirectory, null, $"--CC:Tls:CertificatePath={path}", "--CC:Tls:CertificatePassword=s3cret");
            var (_, served) = await TlsProbe.HandshakeAsync(host.BaseAddress, SslProtocols.Tls12);

            Assert.Equal("CN=configured", served.Subject);
            Assert.False(File.Exists(Path.Combine(dataDirectory, "certs", "host.pfx")));
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
