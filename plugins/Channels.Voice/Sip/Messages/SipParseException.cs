namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>
/// A message that cannot be accepted. <see cref="Status"/> is the response to answer with (400, 413, 416, 483, 501,
/// 505...) or null when nothing may be answered (a malformed response is dropped, RFC 3261 §18.1.2).
/// </summary>
internal sealed class SipParseException : Exception
{
    public SipParseException(int? status, string reason)
        : base(reason)
    {
        Status = status;
        Reason = reason;
    }

    public SipParseException()
        : this(SipStatusCodes.BadRequest, "Bad Request")
    {
    }

    public SipParseException(string message)
        : this(SipStatusCodes.BadRequest, message)
    {
    }

    public SipParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = SipStatusCodes.BadRequest;
        Reason = message;
    }

    /// <summary>The status to answer with, or null to drop the message silently.</summary>
    public int? Status { get; }

    /// <summary>A short reason phrase (English, no secrets) sent back in the response's reason phrase.</summary>
    public string Reason { get; }

    public static SipParseException BadRequest(string reason) => new(SipStatusCodes.BadRequest, reason);
}
