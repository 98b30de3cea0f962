namespace ContactCenter.Sdk.Errors;

/// <summary>
/// Base of the errors the kernel reports to callers. <see cref="ErrorCode"/> is stable and machine-readable;
/// the message is for people. The host maps each to an RFC 9457 problem response.
/// </summary>
public abstract class ContactCenterException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="errorCode">A stable, machine-readable code.</param>
    /// <param name="message">A message for people; never secrets or personal data.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected ContactCenterException(string errorCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
    }

    /// <summary>A stable, machine-readable code, e.g. <c>interaction.invalid-transition</c>.</summary>
    public string ErrorCode { get; }
}
