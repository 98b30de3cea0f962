namespace ContactCenter.Kernel.Contacts;

/// <summary>
/// One entry of the keyed-hash index (collection <c>k.contact-lookup</c>, id <c>{contactId}.{n}</c>): the HMAC of a
/// normalised identity, indexed, pointing at the contact. The plaintext is never stored, only the hash.
/// </summary>
/// <param name="Hash">The lookup hash (purpose <c>contact-phone</c> or <c>contact-email</c>).</param>
/// <param name="ContactId">The contact it belongs to.</param>
internal sealed record ContactLookupEntry(string Hash, string ContactId)
{
    public static string Purpose(ContactIdentityKind kind) => kind == ContactIdentityKind.Phone ? "contact-phone" : "contact-email";
}
