namespace ContactCenter.Plugins.Channels.Voice.Sip.Messages;

/// <summary>Method names. Methods are case-sensitive (RFC 3261 §7.1): "invite" is an unknown method.</summary>
internal static class SipMethods
{
    public const string Invite = "INVITE";
    public const string Ack = "ACK";
    public const string Bye = "BYE";
    public const string Cancel = "CANCEL";
    public const string Options = "OPTIONS";
    public const string Register = "REGISTER";
    public const string Refer = "REFER";
    public const string Notify = "NOTIFY";
    public const string Update = "UPDATE";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        Invite, Ack, Bye, Cancel, Options, Register,
        Refer, Notify, Update, "PRACK", "SUBSCRIBE", "PUBLISH", "INFO", "MESSAGE",
    };

    public static bool IsKnown(string method) => Known.Contains(method);
}
