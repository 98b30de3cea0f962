namespace ContactCenter.Kernel.Contacts;

/// <summary>One way to reach a contact.</summary>
/// <param name="Kind">Phone or email.</param>
/// <param name="Value">The normalised value: E.164 for phones (<c>+50688881234</c>), lower case for email.</param>
public sealed record ContactIdentity(ContactIdentityKind Kind, string Value);
