using ContactCenter.Sdk.Errors;

namespace ContactCenter.Sdk.Security;

/// <summary>Encrypted data failed authentication: it was altered, moved to another context, or its key is unknown. Nothing is returned.</summary>
public sealed class SensitiveDataTamperedException : ContactCenterException
{
    /// <summary>Creates the error.</summary>
    /// <param name="context">The context being decrypted (as the caller gave it).</param>
    /// <param name="reason">What failed; never key material.</param>
    /// <param name="innerException">The cause, if any.</param>
    public SensitiveDataTamperedException(string context, string reason, Exception? innerException = null)
        : base("data.tampered", $"Encrypted data for '{context}' failed authentication: {reason}.", innerException)
    {
        Context = context;
    }

    /// <summary>The context being decrypted.</summary>
    public string Context { get; }
}
