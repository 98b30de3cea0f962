using ContactCenter.Host.Configuration;
using ContactCenter.Host.Security.Tls;
using ContactCenter.Kernel.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Host.Tests.Security.Tls;

public sealed class HostCertificateProviderTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("cc-certprov-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    [Fact]
    public void Certificate_FirstRun_GeneratesOwnerOnlyFile()
    {
        using var provider = Create();

        var certificate = provider.Certificate;

        Assert.True(certificate.HasPrivateKey);
        Assert.Equal(SelfSignedCertificate.SubjectName, certificate.Subject);
        Assert.True(File.Exists(provider.SelfSignedPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(provider.SelfSignedPath));
        }
    }

    [Fact]
    public void Certificate_StillValidLater_IsReused()
    {
        string first;
        using (var provider = Create())
        {
            first = provider.Thumbprint;
        }

        _time.Advance(TimeSpan.FromDays(300));
        using var later = Create();

        Assert.Equal(first, later.Thumbprint);
    }

    [Fact]
    public void Certificate_Expired_IsRegenerated()
    {
        string first;
        using (var provider = Create())
        {
            first = provider.Thumbprint;
        }

        _time.Advance(SelfSignedCertificate.Validity + TimeSpan.FromDays(1));
        using var later = Create();

        Assert.NotEqual(first, later.Thumbprint);
        Assert.True(later.Certificate.NotAfter.ToUniversalTime() > _time.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public void Certificate_CorruptFile_IsRegenerated()
    {
        Directory.CreateDirectory(Path.Combine(_dataDirectory, "certs"));
        File.WriteAllText(Path.Combine(_dataDirectory, "certs", "host.pfx"), "not a certificate");
        using var provider = Create();

        Assert.True(provider.Certificate.HasPrivateKey);
    }

    private HostCertificateProvider Create() => new(
        Options.Create(new TlsOptions()),
        Options.Create(new StorageOptions { DataDirectory = _dataDirectory }),
        _time,
        NullLogger<HostCertificateProvider>.Instance);
}
