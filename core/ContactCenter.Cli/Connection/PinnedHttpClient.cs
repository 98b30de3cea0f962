using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ContactCenter.Cli.Connection;

/// <summary>
/// HTTPS to the host, trusting exactly one certificate: the one whose SHA-256 fingerprint is pinned. The host's
/// certificate is usually self-signed, so the chain is not what is checked; the fingerprint is. No token is sent
/// to a host that does not present it.
/// </summary>
internal static class PinnedHttpClient
{
    public static HttpClient Create(HostTarget target)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(10),
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => Matches(certificate, target.CertificateSha256),
            },
        };
        var client = new HttpClient(handler) { BaseAddress = target.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", target.Token);
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("cc", CliInfo.Version));
        return client;
    }

    private static bool Matches(X509Certificate? certificate, string pin)
    {
        if (certificate is null)
        {
            return false;
        }

        var hash = certificate is X509Certificate2 full
            ? full.GetCertHashString(HashAlgorithmName.SHA256)
            : Convert.ToHexString(SHA256.HashData(certificate.GetRawCertData()));
        return CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(hash), System.Text.Encoding.ASCII.GetBytes(pin));
    }
}
