namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>The key ring cannot be loaded: a master key is missing or does not unwrap an entry. Names key ids, never keys.</summary>
public sealed class KeyRingUnavailableException : InvalidOperationException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public KeyRingUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
