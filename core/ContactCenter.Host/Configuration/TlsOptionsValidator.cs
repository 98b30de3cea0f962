using System.Security.Cryptography;
using ContactCenter.Host.Security.Tls;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Configuration;

/// <summary>Checks <c>CC:Tls</c>: a configured certificate must exist, open with its password, hold a private key and be valid now.</summary>
internal sealed class TlsOptionsValidator(TimeProvider time) : IValidateOptions<TlsOptions>
{
    public ValidateOptionsResult Validate(string? name, TlsOptions options)
    {
        if (!options.HasConfiguredCertificate)
        {
            return string.IsNullOrEmpty(options.CertificatePassword)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("CC:Tls:CertificatePassword: is set but CC:Tls:CertificatePath is empty.");
        }

        var path = Path.GetFullPath(options.CertificatePath!);
        if (!File.Exists(path))
        {
            return ValidateOptionsResult.Fail($"CC:Tls:CertificatePath: '{path}' does not exist.");
        }

        try
        {
            using var certificate = CertificateFiles.LoadConfigured(path, options.CertificatePassword);
            if (!certificate.HasPrivateKey)
            {
                return ValidateOptionsResult.Fail($"CC:Tls:CertificatePath: '{path}' holds no private key.");
            }

            var now = time.GetUtcNow();
            if (certificate.NotAfter.ToUniversalTime() <= now.UtcDateTime || certificate.NotBefore.ToUniversalTime() > now.UtcDateTime)
            {
                return ValidateOptionsResult.Fail($"CC:Tls:CertificatePath: '{path}' is valid only from {certificate.NotBefore:u} to {certificate.NotAfter:u}.");
            }
        }
        catch (CryptographicException ex)
        {
            return ValidateOptionsResult.Fail($"CC:Tls:CertificatePath / CC:Tls:CertificatePassword: '{path}' cannot be opened ({ex.Message}). Check the file and its password.");
        }

        return ValidateOptionsResult.Success;
    }
}
