using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// The certificate SIP over TLS presents: <c>tlsCertificatePath</c> (PKCS#12 <c>.pfx</c>/<c>.p12</c>, or PEM whose key
/// is in the same file or in a sibling <c>.key</c>) opened with <c>tlsCertificatePassword</c>; without one (demo,
/// development) a self-signed certificate made at start, announced by a warning with its fingerprint, so phones
/// have to be told not to verify it or to trust that fingerprint.
/// </summary>
internal static partial class VoiceTlsCertificate
{
    private static readonly TimeSpan SelfSignedLifetime = TimeSpan.FromDays(365);

    public static X509Certificate2 Load(VoiceOptions options, TimeProvider time, ILogger logger)
    {
        if (options.TlsCertificatePath is not { } path)
        {
            var generated = SelfSigned(time.GetUtcNow());
            LogSelfSigned(logger, generated.GetCertHashString(HashAlgorithmName.SHA256), generated.NotAfter.ToUniversalTime());
            return generated;
        }

        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new InvalidOperationException($"Voice: tlsCertificatePath '{full}' does not exist.");
        }

        X509Certificate2 loaded;
        try
        {
            loaded = Open(full, options.TlsCertificatePassword);
        }
        catch (CryptographicException ex)
        {
            // The message names the file, never the password.
            throw new InvalidOperationException($"Voice: tlsCertificatePath '{full}' could not be opened (wrong password, or no private key): {ex.Message}", ex);
        }

        if (!loaded.HasPrivateKey)
        {
            loaded.Dispose();
            throw new InvalidOperationException($"Voice: tlsCertificatePath '{full}' has no private key.");
        }

        LogConfigured(logger, loaded.Subject, loaded.GetCertHashString(HashAlgorithmName.SHA256), loaded.NotAfter.ToUniversalTime());
        return loaded;
    }

    private static X509Certificate2 Open(string path, string? password)
    {
        if (Path.GetExtension(path) is { } extension
            && (extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".p12", StringComparison.OrdinalIgnoreCase)))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }

        var sibling = Path.ChangeExtension(path, ".key");
        var key = File.Exists(sibling) ? sibling : null;
        return password is { Length: > 0 }
            ? X509Certificate2.CreateFromEncryptedPemFile(path, password, key)
            : X509Certificate2.CreateFromPemFile(path, key);
    }

    private static X509Certificate2 SelfSigned(DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={Dns.GetHostName()}, O=ContactCenter SIP (self-signed)", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(Dns.GetHostName());
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.Add(SelfSignedLifetime));

        // Re-imported so the key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null, X509KeyStorageFlags.EphemeralKeySet);
    }

    [LoggerMessage(7091, LogLevel.Warning, "Voice: no tlsCertificatePath configured: SIP over TLS uses a self-signed certificate made at start (SHA-256 {Thumbprint}, until {NotAfter:u}); phones must trust that fingerprint or not verify. Configure a real certificate outside demo and development.")]
    private static partial void LogSelfSigned(ILogger logger, string thumbprint, DateTime notAfter);

    [LoggerMessage(7092, LogLevel.Information, "Voice: SIP over TLS presents {Subject} (SHA-256 {Thumbprint}, until {NotAfter:u})")]
    private static partial void LogConfigured(ILogger logger, string subject, string thumbprint, DateTime notAfter);
}
