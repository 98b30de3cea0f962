namespace ContactCenter.Kernel.Contacts;

/// <summary>
/// The stored form of a contact (collection <c>k.contacts</c>): the name and each identity encrypted, each bound to the
/// contact id and field as context, so a value copied to another contact or field does not decrypt.
/// </summary>
internal sealed record ContactDocument
{
    public required string Name { get; init; }

    public required IReadOnlyList<StoredIdentity> Identities { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Set when the contact was merged into another: it is then a tombstone without identities, pointing there.</summary>
    public string? MergedInto { get; init; }

    public static string NameContext(string id) => $"contact/{id}/name";

    public static string IdentityContext(string id, int index) => $"contact/{id}/identity/{index}";
}

/// <summary>One encrypted identity.</summary>
/// <param name="Kind">Phone or email (not personal by itself).</param>
/// <param name="Value">The encrypted normalised value.</param>
internal sealed record StoredIdentity(ContactIdentityKind Kind, string Value);
