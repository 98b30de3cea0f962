namespace ContactCenter.Sdk.Domain;

/// <summary>An address a customer is reachable at (a phone number, an email address, a WhatsApp id...).</summary>
/// <param name="Kind">What sort of address it is.</param>
/// <param name="Value">The normalised address: E.164 for phones, lower-cased for email.</param>
/// <param name="Verified">Whether the address was verified (a signed-in web visitor, a confirmed email).</param>
public sealed record ChannelIdentity(ChannelIdentityKind Kind, string Value, bool Verified = false);
