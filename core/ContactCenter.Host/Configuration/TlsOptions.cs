namespace ContactCenter.Host.Configuration;

/// <summary>Configuration section <c>CC:Tls</c>: the server certificate.</summary>
public sealed class TlsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Tls";

    /// <summary>A PKCS#12 (.pfx) or PEM certificate file; empty to use the self-signed one generated in the data directory.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>, or of its PEM key file, if any.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Whether a certificate file is configured.</summary>
    public bool HasConfiguredCertificate => !string.IsNullOrWhiteSpace(CertificatePath);
}
