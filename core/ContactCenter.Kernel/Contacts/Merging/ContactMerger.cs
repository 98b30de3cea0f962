using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Contacts.Merging;

/// <summary>
/// <see cref="IContactMerger"/> over the document store. Interactions are not rewritten: they belong to their grains'
/// single writers, and the timeline follows the merge records instead, so an unmerge gives each contact back exactly
/// its own history. Contact documents, lookup entries, the merge record and both change events commit in one batch.
/// </summary>
internal sealed partial class ContactMerger(
    IDocumentStore store, ContactDirectory directory, IDataProtector protector, ContactEvents events, IAuditLog audit, KernelTime time) : IContactMerger
{
    private static readonly string Contacts = KernelCollections.Contacts.Name;
    private static readonly string Lookup = KernelCollections.ContactLookup.Name;
    private static readonly string Merges = KernelCollections.ContactMerges.Name;
    private readonly KernelRepository<ContactDocument> _contacts = new(store, KernelCollections.Contacts);
    private readonly KernelRepository<ContactLookupEntry> _lookup = new(store, KernelCollections.ContactLookup);
    private readonly KernelRepository<ContactMergeDocument> _merges = new(store, KernelCollections.ContactMerges);

    public async ValueTask<ContactMergeResult> MergeAsync(string targetId, string sourceId, long? expectedTargetVersion = null, long? expectedSourceVersion = null,
        CancellationToken cancellationToken = default)
    {
        CheckIds(targetId, sourceId);
        var target = await LoadAsync(targetId, cancellationToken).ConfigureAwait(false);
        var source = await LoadAsync(sourceId, cancellationToken).ConfigureAwait(false);
        if (source.Value.MergedInto == targetId && await FindAsync(sourceId, targetId, ContactMergeDocument.Merged, cancellationToken).ConfigureAwait(false) is { } done)
        {
            return await ResultAsync(done, changed: false, cancellationToken).ConfigureAwait(false);
        }

        RefuseTombstone(source, "source");
        RefuseTombstone(target, "target");
        CheckVersion(target, expectedTargetVersion);
        CheckVersion(source, expectedSourceVersion);

        var targetContact = await directory.OpenAsync(target, cancellationToken).ConfigureAwait(false);
        var sourceContact = await directory.OpenAsync(source, cancellationToken).ConfigureAwait(false);
        var had = targetContact.Identities.Select(Hash).ToHashSet(StringComparer.Ordinal);
        var moved = sourceContact.Identities.Where(i => !had.Contains(Hash(i))).ToArray();
        if (targetContact.Identities.Count + moved.Length > ContactRules.MaxIdentities)
        {
            throw new InvalidRequestException("sourceId", $"Together the contacts would have more than {ContactRules.MaxIdentities} phones and emails; remove some first.");
        }

        var now = time.GetUtcNow();
        var identities = targetContact.Identities.Concat(moved).ToArray();
        var targetAfter = directory.Seal(targetId, targetContact.DisplayName, identities, target.Value.CreatedAt, now);
        var sourceAfter = source.Value with { Identities = [], MergedInto = targetId, UpdatedAt = now };
        var mergeId = Guid.CreateVersion7(now).ToString("N");
        var record = new ContactMergeDocument
        {
            SourceId = sourceId, TargetId = targetId, Status = ContactMergeDocument.Merged, SourceBefore = _contacts.Serialize(source.Value),
            MovedHashes = [.. moved.Select(Hash)], MergedAt = now, MergedBy = AuditActor.Current ?? "system",
        };
        var batch = new WriteBatch()
            .Replace(Contacts, targetId, _contacts.Serialize(targetAfter), target.Version)
            .Replace(Contacts, sourceId, _contacts.Serialize(sourceAfter), source.Version)
            .Insert(Merges, mergeId, _merges.Serialize(record));
        foreach (var old in await directory.LookupIdsAsync(sourceId, cancellationToken).ConfigureAwait(false))
        {
            batch.Delete(Lookup, old);
        }

        foreach (var (entryId, entry) in directory.LookupEntries(targetId, identities))
        {
            batch.Upsert(Lookup, entryId, _lookup.Serialize(entry));
        }

        await events.CommitAsync(batch, [new ContactChanged(targetId, DataChange.Updated, target.Version + 1, now), new ContactChanged(sourceId, DataChange.Updated, source.Version + 1, now)],
            cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(ChangeEntries.Create("contact.merged", $"contact/{targetId}", new MergeState(target.Value, source.Value), new MergeState(targetAfter, sourceAfter))
            with { Detail = $"source contact/{sourceId}, merge {mergeId}" }, cancellationToken).ConfigureAwait(false);
        return await ResultAsync(new Versioned<ContactMergeDocument>(mergeId, record, 1, now), changed: true, cancellationToken).ConfigureAwait(false);
    }

    private string Hash(ContactIdentity identity) => protector.LookupHash(identity.Value, ContactLookupEntry.Purpose(identity.Kind));

    private static void CheckIds(string targetId, string sourceId)
    {
        var errors = new ValidationErrors();
        errors.Require(IsId(targetId), "id", $"A contact id of 1 to {DocumentIds.MaxLength} characters is required.");
        errors.Require(IsId(sourceId), "sourceId", $"A contact id of 1 to {DocumentIds.MaxLength} characters is required.");
        errors.ThrowIfAny();
        if (string.Equals(targetId, sourceId, StringComparison.Ordinal))
        {
            throw new InvalidRequestException("sourceId", "A contact cannot be merged with itself.");
        }
    }

    private static bool IsId(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= DocumentIds.MaxLength && !id.Any(char.IsControl);

    private async ValueTask<Versioned<ContactDocument>> LoadAsync(string id, CancellationToken cancellationToken) =>
        await _contacts.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("contact", id);

    private static void RefuseTombstone(Versioned<ContactDocument> contact, string role)
    {
        if (contact.Value.MergedInto is { } into)
        {
            throw new ContactMergeConflictException("contact.merged", $"The {role} contact '{contact.Id}' was merged into '{into}': merge with that one instead.");
        }
    }

    private static void CheckVersion(Versioned<ContactDocument> contact, long? expected)
    {
        if (expected is { } version && version != contact.Version)
        {
            throw new ConcurrencyConflictException("contact", contact.Id, version, contact.Version);
        }
    }

    /// <summary>What the audit digests cover: both stored documents (encrypted fields, so the digest reveals nothing).</summary>
    private sealed record MergeState(ContactDocument Target, ContactDocument Source);
}
