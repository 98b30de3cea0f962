using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// A call to originate: the target (a registered contact URI with an IP literal host), the To address-of-record,
/// and the caller identity shown on the phone (user part and display name, e.g. the customer's number).
/// </summary>
internal sealed record SipDialRequest(SipUri Target, string ToAddressOfRecord, string CallerUser, string? CallerName = null)
{
    /// <summary>The Call-ID to use (e.g. already recorded on the interaction); null: a new one.</summary>
    public string? CallId { get; init; }

    /// <summary>Headers added to the INVITE as they are (e.g. P-Asserted-Identity towards a trunk).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExtraHeaders { get; init; } = [];
}
