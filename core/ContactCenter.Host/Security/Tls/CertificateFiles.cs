using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ContactCenter.Kernel.Security;

namespace ContactCenter.Host.Security.Tls;

/// <summary>Reads and writes certificate files.</summary>
internal static class CertificateFiles
{
    /// <summary>Opens a configured certificate: PKCS#12 (<c>.pfx</c>, <c>.p12</c>) or PEM with its key in the same file or a sibling <c>.key</c> file.</summary>
    public static X509Certificate2 LoadConfigured(string path, string? password)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".pfx", StringComparison.OrdinalIgnoreCase) || extension.Equals(".p12", StringComparison.OrdinalIgnoreCase))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }

        var keyPath = Path.ChangeExtension(path, ".key");
        var keyFile = File.Exists(keyPath) ? keyPath : null;
        return string.IsNullOrEmpty(password)
            ? X509Certificate2.CreateFromPemFile(path, keyFile)
            : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyFile);
    }

    /// <summary>Opens a PKCS#12 file without a password (the generated certificate).</summary>
    public static X509Certificate2 LoadPkcs12(string path) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password: null, X509KeyStorageFlags.EphemeralKeySet);

    /// <summary>Writes <paramref name="bytes"/> readable only by the owner, replacing the file atomically.</summary>
    public static void WritePrivate(string path, ReadOnlySpan<byte> bytes) => SecretFiles.WriteAtomic(path, bytes);

    /// <summary>The SHA-256 fingerprint as upper-case hex: what the CLI pins.</summary>
    public static string Sha256Thumbprint(X509Certificate2 certificate) =>
        certificate.GetCertHashString(HashAlgorithmName.SHA256);
}
