using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transport;

/// <summary>
/// How a carrier's TLS certificate is checked when we connect (RFC 3261 §26.2.1, RFC 5922): it must always name
/// <see cref="ServerName"/>; it must chain to a system root, or, for private carriers, to one of
/// <see cref="TrustedRoots"/> (a CA file), or be exactly the certificate whose SHA-256 fingerprint is
/// <see cref="PinnedSha256"/>. There is no "accept any" mode.
/// </summary>
internal sealed record SipTlsClientOptions(string ServerName, string? PinnedSha256 = null, X509Certificate2Collection? TrustedRoots = null)
{
    /// <summary>Null when <paramref name="certificate"/> is acceptable, else why it is refused (for logs and the trunk's state).</summary>
    public string? Refusal(X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return "the carrier presented no certificate";
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return $"certificate name mismatch: '{Subject(certificate)}' is not valid for {ServerName}";
        }

        if (PinnedSha256 is { } pinned)
        {
            var fingerprint = Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()));
            return string.Equals(fingerprint, pinned, StringComparison.OrdinalIgnoreCase)
                ? null
                : $"certificate fingerprint {fingerprint} is not the pinned one";
        }

        if (TrustedRoots is { Count: > 0 } roots)
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.AddRange(roots);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            if (presented is not null)
            {
                foreach (var element in presented.ChainElements)
                {
                    chain.ChainPolicy.ExtraStore.Add(element.Certificate);
                }
            }

            var leaf = certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            return chain.Build(leaf)
                ? null
                : $"certificate '{Subject(certificate)}' is not issued by the configured CA ({string.Join(", ", chain.ChainStatus.Select(s => s.Status))})";
        }

        return errors == SslPolicyErrors.None ? null : $"certificate '{Subject(certificate)}' is not trusted ({errors})";
    }

    /// <summary>A fingerprint as written in configuration (hex, colons or spaces allowed) in canonical form, or null when it is not one.</summary>
    public static string? NormaliseFingerprint(string text)
    {
        var hex = new string([.. text.Where(c => c is not (':' or ' '))]);
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigit) ? hex.ToUpperInvariant() : null;
    }

    private static string Subject(X509Certificate certificate) => certificate.Subject;
}
