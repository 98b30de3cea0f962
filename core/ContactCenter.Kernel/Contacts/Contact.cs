namespace ContactCenter.Kernel.Contacts;

/// <summary>A customer known to the contact center, decrypted for the caller. Stored encrypted; found by phone or email.</summary>
/// <param name="Id">The contact id.</param>
/// <param name="DisplayName">The name to show agents.</param>
/// <param name="Identities">Phones (E.164) and email addresses, normalised.</param>
/// <param name="Version">The stored version, for optimistic concurrency on update and delete.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="MergedInto">The contact this one was merged into (it is then a tombstone without identities), else null.</param>
public sealed record Contact(
    string Id,
    string DisplayName,
    IReadOnlyList<ContactIdentity> Identities,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? MergedInto = null);
