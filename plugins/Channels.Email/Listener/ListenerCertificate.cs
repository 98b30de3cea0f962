using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ContactCenter.Plugins.Channels.Email.Listener;

/// <summary>
/// The certificate STARTTLS presents: <c>listener.certificatePath</c> as PKCS#12 (<c>.pfx</c>/<c>.p12</c>, with
/// <c>certificatePassword</c>) or PEM (the key in the same file or in a sibling <c>.key</c>, encrypted with the password
/// when one is given). Without a path a self-signed one is made at each start (ECDSA P-256, one year, naming the server
/// name, <c>localhost</c> and the loopback addresses): good for a relay that does not verify it, not for the internet.
/// </summary>
internal static class ListenerCertificate
{
    /// <returns>The configured certificate, or <see langword="null"/> when none is (one is made at start, <see cref="SelfSigned"/>).</returns>
    public static X509Certificate2? Load(string? path, string? password)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw ListenerSettings.Bad("certificatePath", $"the file '{path}' does not exist");
        }

        X509Certificate2 loaded;
        try
        {
            loaded = IsPkcs12(path) ? X509CertificateLoader.LoadPkcs12FromFile(path, password) : FromPem(path, password);
        }
        catch (CryptographicException ex)
        {
            // The password is never part of the message.
            throw ListenerSettings.Bad("certificatePath", $"the file '{path}' is not a readable certificate with its private key ({ex.Message})");
        }

        using (loaded)
        {
            return loaded.HasPrivateKey
                ? Exportable(loaded)
                : throw ListenerSettings.Bad("certificatePath", $"the certificate in '{path}' has no private key");
        }
    }

    private static bool IsPkcs12(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".pfx" or ".p12";

    private static X509Certificate2 FromPem(string path, string? password)
    {
        var text = File.ReadAllText(path);
        var keyFile = text.Contains("PRIVATE KEY-----", StringComparison.Ordinal) ? null : Path.ChangeExtension(path, ".key");
        if (keyFile is not null && !File.Exists(keyFile))
        {
            throw ListenerSettings.Bad("certificatePath", $"the PEM file '{path}' holds no private key and there is no '{keyFile}'");
        }

        return string.IsNullOrEmpty(password)
            ? X509Certificate2.CreateFromPemFile(path, keyFile)
            : X509Certificate2.CreateFromEncryptedPemFile(path, password, keyFile);
    }

    public static X509Certificate2 SelfSigned(string serverName, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={serverName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var name in new[] { serverName, "localhost" }.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            names.AddDnsName(name);
        }

        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var made = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(1));
        return Exportable(made);
    }

    /// <summary>A copy whose key the TLS stack can use on every platform (an ephemeral PEM key cannot be on some).</summary>
    private static X509Certificate2 Exportable(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
}
