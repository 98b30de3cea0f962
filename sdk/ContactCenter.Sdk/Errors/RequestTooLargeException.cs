namespace ContactCenter.Sdk.Errors;

/// <summary>A request body exceeded the limit the kernel allows. The host answers 413.</summary>
public sealed class RequestTooLargeException : ContactCenterException
{
    /// <summary>Creates the error.</summary>
    /// <param name="limitBytes">The limit in bytes.</param>
    public RequestTooLargeException(long limitBytes)
        : base("request.too-large", $"The request body exceeds the limit of {limitBytes} bytes.")
    {
        LimitBytes = limitBytes;
    }

    /// <summary>The limit in bytes.</summary>
    public long LimitBytes { get; }
}
