namespace ContactCenter.Plugins.Channels.Voice.Sip.Auth;

/// <summary>A SIP device credential as stored: per-realm HA1 digests only, never the secret.</summary>
internal sealed record SipCredential(string Username, string Realm, string Ha1Md5, string Ha1Sha256)
{
    public string Ha1For(string algorithm) =>
        algorithm.Equals(SipDigestAlgorithm.Sha256, StringComparison.OrdinalIgnoreCase) ? Ha1Sha256 : Ha1Md5;

    /// <summary>Computes both HA1 forms from a secret that is then forgotten.</summary>
    public static SipCredential FromSecret(string username, string realm, string secret) => new(
        username, realm,
        SipDigestAlgorithm.Ha1(SipDigestAlgorithm.Md5, username, realm, secret),
        SipDigestAlgorithm.Ha1(SipDigestAlgorithm.Sha256, username, realm, secret));
}
