using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ContactCenter.Host.Configuration;
using ContactCenter.Kernel.Security;
using ContactCenter.Kernel.Storage;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Security.Tls;

/// <summary>
/// The server certificate: the configured one, or a self-signed one kept in <c>{DataDirectory}/certs/host.pfx</c>,
/// generated on first run, reused afterwards and generated anew once it is (about to be) expired or unreadable.
/// </summary>
internal sealed partial class HostCertificateProvider(
    IOptions<TlsOptions> tls,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<HostCertificateProvider> logger) : IDisposable
{
    /// <summary>A generated certificate closer than this to its end is replaced.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromDays(1);

    private readonly Lock _gate = new();
    private X509Certificate2? _certificate;

    public string SelfSignedPath => Path.Combine(storage.Value.FullDataDirectory, "certs", "host.pfx");

    public X509Certificate2 Certificate
    {
        get
        {
            lock (_gate)
            {
                return _certificate ??= Load();
            }
        }
    }

    public string Thumbprint => CertificateFiles.Sha256Thumbprint(Certificate);

    public void Dispose() => _certificate?.Dispose();

    private X509Certificate2 Load()
    {
        var options = tls.Value;
        if (options.HasConfiguredCertificate)
        {
            var configured = CertificateFiles.LoadConfigured(Path.GetFullPath(options.CertificatePath!), options.CertificatePassword);
            var configuredThumbprint = CertificateFiles.Sha256Thumbprint(configured);
            LogConfigured(configured.Subject, configuredThumbprint);
            return configured;
        }

        var path = SelfSignedPath;
        var now = time.GetUtcNow();
        if (File.Exists(path))
        {
            var existing = TryLoad(path);
            if (existing is not null && existing.NotAfter.ToUniversalTime() - now.UtcDateTime > RenewBefore)
            {
                SecretFiles.RestrictToOwner(path);
                var existingThumbprint = CertificateFiles.Sha256Thumbprint(existing);
                LogReused(path, existingThumbprint);
                return existing;
            }

            existing?.Dispose();
        }

        CertificateFiles.WritePrivate(path, SelfSignedCertificate.CreatePkcs12(now));
        var generated = CertificateFiles.LoadPkcs12(path);
        var generatedThumbprint = CertificateFiles.Sha256Thumbprint(generated);
        LogGenerated(path, generated.NotAfter.ToUniversalTime(), generatedThumbprint);
        return generated;
    }

    private X509Certificate2? TryLoad(string path)
    {
        try
        {
            return CertificateFiles.LoadPkcs12(path);
        }
        catch (CryptographicException ex)
        {
            LogUnreadable(ex, path);
            return null;
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Using the configured TLS certificate {Subject} (SHA-256 {Thumbprint})")]
    private partial void LogConfigured(string subject, string thumbprint);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Using the self-signed TLS certificate {Path} (SHA-256 {Thumbprint})")]
    private partial void LogReused(string path, string thumbprint);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Generated a self-signed TLS certificate {Path}, valid until {NotAfter:u} (SHA-256 {Thumbprint}); configure CC:Tls:CertificatePath for production")]
    private partial void LogGenerated(string path, DateTime notAfter, string thumbprint);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "The self-signed TLS certificate {Path} cannot be read; generating a new one")]
    private partial void LogUnreadable(Exception exception, string path);
}
