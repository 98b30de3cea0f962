using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Security.Encryption;

/// <summary>Encrypted data failed authentication: it was altered, moved to another context, or its key is unknown. Nothing is returned.</summary>
public sealed class DataTamperedException : ContactCenterException
{
    /// <summary>Creates the error.</summary>
    /// <param name="context">The context being decrypted.</param>
    /// <param name="reason">What failed (tag mismatch, unknown key id, malformed envelope); never key material.</param>
    /// <param name="innerException">The cause, if any.</param>
    public DataTamperedException(string context, string reason, Exception? innerException = null)
        : base("data.tampered", $"Encrypted data for '{context}' failed authentication: {reason}.", innerException)
    {
        Context = context;
    }

    /// <summary>The context being decrypted.</summary>
    public string Context { get; }
}
