using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Contacts;

/// <summary>
/// <see cref="IContactDirectory"/> over the document store: the contact document and its lookup entries change in one
/// batch with the change event, so the index never points at a contact that is not there, nor misses one that is.
/// </summary>
internal sealed class ContactDirectory(IDocumentStore store, IDataProtector protector, ContactRules rules, ContactEvents events, KernelTime time)
    : IContactDirectory
{
    private static readonly string Contacts = KernelCollections.Contacts.Name;
    private static readonly string Lookup = KernelCollections.ContactLookup.Name;
    private readonly KernelRepository<ContactDocument> _contacts = new(store, KernelCollections.Contacts);
    private readonly KernelRepository<ContactLookupEntry> _lookup = new(store, KernelCollections.ContactLookup);

    public async ValueTask<Contact> CreateAsync(ContactRequest request, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var batch = new WriteBatch();
        var (id, name, identities) = Stage(batch, request, now);
        var result = await events.CommitAsync(batch, new ContactChanged(id, DataChange.Created, 1, now), cancellationToken).ConfigureAwait(false);
        return new Contact(id, name, identities, result.Documents[0]!.Version, now, now);
    }

    /// <summary>Adds a new contact's documents to <paramref name="batch"/> (creation, and bulk loading in benchmarks).</summary>
    internal (string Id, string Name, IReadOnlyList<ContactIdentity> Identities) Stage(WriteBatch batch, ContactRequest request, DateTimeOffset now)
    {
        var (name, identities) = rules.Normalize(request);
        var id = Guid.CreateVersion7(now).ToString("N");
        batch.Insert(Contacts, id, _contacts.Serialize(Seal(id, name, identities, now, now)));
        foreach (var (entryId, entry) in LookupEntries(id, identities))
        {
            batch.Insert(Lookup, entryId, _lookup.Serialize(entry));
        }

        return (id, name, identities);
    }

    public async ValueTask<Contact?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(id) || id.Length > DocumentIds.MaxLength)
        {
            return null;
        }

        return await _contacts.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } stored
            ? await OpenAsync(stored, cancellationToken).ConfigureAwait(false)
            : null;
    }

    public async ValueTask<Contact> UpdateAsync(string id, ContactRequest request, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var (name, identities) = rules.Normalize(request);
        var stored = await _contacts.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("contact", id);
        if (stored.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException("contact", id, expectedVersion, stored.Version);
        }

        if (stored.Value.MergedInto is { } target)
        {
            throw new InvalidRequestException("id", $"The contact was merged into '{target}': change that one, or unmerge first.");
        }

        var now = time.GetUtcNow();
        var batch = new WriteBatch().Replace(Contacts, id, _contacts.Serialize(Seal(id, name, identities, stored.Value.CreatedAt, now)), expectedVersion);
        var fresh = LookupEntries(id, identities).ToArray();
        foreach (var old in await LookupIdsAsync(id, cancellationToken).ConfigureAwait(false))
        {
            if (!fresh.Any(f => f.Id == old))
            {
                batch.Delete(Lookup, old);
            }
        }

        foreach (var (entryId, entry) in fresh)
        {
            batch.Upsert(Lookup, entryId, _lookup.Serialize(entry));
        }

        var result = await events.CommitAsync(batch, new ContactChanged(id, DataChange.Updated, expectedVersion + 1, now), cancellationToken).ConfigureAwait(false);
        return new Contact(id, name, identities, result.Documents[0]!.Version, stored.Value.CreatedAt, now);
    }

    public async ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(id) || id.Length > DocumentIds.MaxLength || await _contacts.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return false;
        }

        var batch = new WriteBatch().Delete(Contacts, id, stored.Version);
        foreach (var old in await LookupIdsAsync(id, cancellationToken).ConfigureAwait(false))
        {
            batch.Delete(Lookup, old);
        }

        await events.CommitAsync(batch, new ContactChanged(id, DataChange.Deleted, 0, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async ValueTask<Contact?> ResolveAsync(string id, CancellationToken cancellationToken = default)
    {
        // Merges chain at most as deep as there are contacts; the bound only guards against a corrupted cycle.
        for (var hops = 0; hops < 32; hops++)
        {
            if (await GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } contact)
            {
                return null;
            }

            if (contact.MergedInto is null)
            {
                return contact;
            }

            id = contact.MergedInto;
        }

        throw new InvalidDataException($"Contact '{id}' is in a merge chain longer than 32 hops (a cycle?).");
    }

    public ValueTask<IReadOnlyList<Contact>> FindByPhoneAsync(string phone, CancellationToken cancellationToken = default) =>
        rules.NormalizePhone(phone, out var e164)
            ? FindAsync(ContactIdentityKind.Phone, e164, cancellationToken)
            : throw new InvalidRequestException("phone", "Not a valid phone number (international with +, or national in the default region).");

    public ValueTask<IReadOnlyList<Contact>> FindByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        EmailNormalizer.TryNormalize(email, out var normalized)
            ? FindAsync(ContactIdentityKind.Email, normalized, cancellationToken)
            : throw new InvalidRequestException("email", "Not a valid email address.");

    private async ValueTask<IReadOnlyList<Contact>> FindAsync(ContactIdentityKind kind, string normalized, CancellationToken cancellationToken)
    {
        var hash = protector.LookupHash(normalized, ContactLookupEntry.Purpose(kind));
        var entries = await _lookup.ListAsync(DocumentQuery.Where("hash", hash), cancellationToken).ConfigureAwait(false);
        var found = new List<Contact>();
        foreach (var contactId in entries.Select(e => e.Value.ContactId).Distinct(StringComparer.Ordinal))
        {
            if (await GetAsync(contactId, cancellationToken).ConfigureAwait(false) is { } contact)
            {
                found.Add(contact);
            }
        }

        return found;
    }

    internal async ValueTask<IEnumerable<string>> LookupIdsAsync(string contactId, CancellationToken cancellationToken) =>
        (await _lookup.ListAsync(DocumentQuery.Where("contactId", contactId), cancellationToken).ConfigureAwait(false)).Select(e => e.Id);

    internal IEnumerable<(string Id, ContactLookupEntry Entry)> LookupEntries(string id, IReadOnlyList<ContactIdentity> identities) =>
        identities.Select(i => protector.LookupHash(i.Value, ContactLookupEntry.Purpose(i.Kind)))
            .Distinct(StringComparer.Ordinal)
            .Select(hash => ($"{id}.{hash[..16]}", new ContactLookupEntry(hash, id)));

    internal ContactDocument Seal(string id, string name, IReadOnlyList<ContactIdentity> identities, DateTimeOffset createdAt, DateTimeOffset updatedAt) => new()
    {
        Name = protector.ProtectString(name, ContactDocument.NameContext(id)),
        Identities = identities.Select((x, i) => new StoredIdentity(x.Kind, protector.ProtectString(x.Value, ContactDocument.IdentityContext(id, i)))).ToArray(),
        CreatedAt = createdAt,
        UpdatedAt = updatedAt,
    };

    internal async ValueTask<Contact> OpenAsync(Versioned<ContactDocument> stored, CancellationToken cancellationToken)
    {
        var id = stored.Id;
        var document = stored.Value;
        var name = await protector.UnprotectStringAsync(document.Name, ContactDocument.NameContext(id), cancellationToken).ConfigureAwait(false);
        var identities = new ContactIdentity[document.Identities.Count];
        for (var i = 0; i < identities.Length; i++)
        {
            var value = await protector.UnprotectStringAsync(document.Identities[i].Value, ContactDocument.IdentityContext(id, i), cancellationToken).ConfigureAwait(false);
            identities[i] = new ContactIdentity(document.Identities[i].Kind, value);
        }

        return new Contact(id, name, identities, stored.Version, document.CreatedAt, document.UpdatedAt, document.MergedInto);
    }
}
