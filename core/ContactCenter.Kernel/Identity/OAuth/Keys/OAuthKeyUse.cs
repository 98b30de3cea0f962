namespace ContactCenter.Kernel.Identity.OAuth.Keys;

/// <summary>What an OAuth key is for.</summary>
public static class OAuthKeyUse
{
    /// <summary>Signs issued tokens.</summary>
    public const string Signing = "signing";

    /// <summary>Encrypts issued tokens (only this server can read its access tokens).</summary>
    public const string Encryption = "encryption";
}
