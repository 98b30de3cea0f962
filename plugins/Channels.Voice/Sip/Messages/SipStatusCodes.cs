namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>The status codes the stack itself produces, with their RFC 3261 reason phrases.</summary>
internal static class SipStatusCodes
{
    public const int Trying = 100;
    public const int Ringing = 180;
    public const int SessionProgress = 183;
    public const int Ok = 200;
    public const int Accepted = 202;
    public const int BadRequest = 400;
    public const int Unauthorized = 401;
    public const int Forbidden = 403;
    public const int NotFound = 404;
    public const int MethodNotAllowed = 405;
    public const int RequestTimeout = 408;
    public const int RequestEntityTooLarge = 413;
    public const int UnsupportedMediaType = 415;
    public const int UnsupportedUriScheme = 416;
    public const int SessionIntervalTooSmall = 422;
    public const int IntervalTooBrief = 423;
    public const int TemporarilyUnavailable = 480;
    public const int BusyHere = 486;
    public const int CallDoesNotExist = 481;
    public const int TooManyHops = 483;
    public const int RequestTerminated = 487;
    public const int NotAcceptableHere = 488;
    public const int RequestPending = 491;
    public const int ServerInternalError = 500;
    public const int NotImplemented = 501;
    public const int ServiceUnavailable = 503;
    public const int VersionNotSupported = 505;
    public const int BusyEverywhere = 600;
    public const int Decline = 603;

    public static string ReasonPhrase(int status) => status switch
    {
        Trying => "Trying",
        Ringing => "Ringing",
        SessionProgress => "Session Progress",
        Ok => "OK",
        Accepted => "Accepted",
        BadRequest => "Bad Request",
        Unauthorized => "Unauthorized",
        Forbidden => "Forbidden",
        NotFound => "Not Found",
        MethodNotAllowed => "Method Not Allowed",
        RequestTimeout => "Request Timeout",
        RequestEntityTooLarge => "Request Entity Too Large",
        UnsupportedMediaType => "Unsupported Media Type",
        UnsupportedUriScheme => "Unsupported URI Scheme",
        SessionIntervalTooSmall => "Session Interval Too Small",
        IntervalTooBrief => "Interval Too Brief",
        TemporarilyUnavailable => "Temporarily Unavailable",
        BusyHere => "Busy Here",
        CallDoesNotExist => "Call/Transaction Does Not Exist",
        TooManyHops => "Too Many Hops",
        RequestTerminated => "Request Terminated",
        NotAcceptableHere => "Not Acceptable Here",
        RequestPending => "Request Pending",
        ServerInternalError => "Server Internal Error",
        NotImplemented => "Not Implemented",
        ServiceUnavailable => "Service Unavailable",
        VersionNotSupported => "Version Not Supported",
        BusyEverywhere => "Busy Everywhere",
        Decline => "Decline",
        _ => "Unknown",
    };
}
