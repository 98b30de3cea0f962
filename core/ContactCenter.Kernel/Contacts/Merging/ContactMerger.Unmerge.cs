using System.Text.Json;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Contacts.Merging;

/// <summary>Undoing a merge, and reading merge records.</summary>
internal sealed partial class ContactMerger
{
    public async ValueTask<ContactMergeResult> UnmergeAsync(string targetId, string sourceId, CancellationToken cancellationToken = default)
    {
        CheckIds(targetId, sourceId);
        var target = await LoadAsync(targetId, cancellationToken).ConfigureAwait(false);
        var source = await LoadAsync(sourceId, cancellationToken).ConfigureAwait(false);
        if (await FindAsync(sourceId, targetId, ContactMergeDocument.Merged, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return source.Value.MergedInto is null && await FindAsync(sourceId, targetId, ContactMergeDocument.Unmerged, cancellationToken).ConfigureAwait(false) is { } undone
                ? await ResultAsync(undone, changed: false, cancellationToken).ConfigureAwait(false)
                : throw new EntityNotFoundException("contact-merge", $"{sourceId} into {targetId}");
        }

        if (target.Value.MergedInto is { } later)
        {
            throw new ContactMergeConflictException("contact.merge-in-the-way",
                $"Contact '{targetId}' was merged into '{later}' after this merge: unmerge it from '{later}' first.");
        }

        var now = time.GetUtcNow();
        var targetContact = await directory.OpenAsync(target, cancellationToken).ConfigureAwait(false);
        var remaining = targetContact.Identities.Where(i => !record.Value.MovedHashes.Contains(Hash(i), StringComparer.Ordinal)).ToArray();
        var targetAfter = directory.Seal(targetId, targetContact.DisplayName, remaining, target.Value.CreatedAt, now);
        var sourceAfter = JsonSerializer.Deserialize<ContactDocument>(record.Value.SourceBefore, KernelJson.Options)
            ?? throw new InvalidDataException($"Merge record '{record.Id}' holds no source document.");
        var restored = await directory.OpenAsync(new Versioned<ContactDocument>(sourceId, sourceAfter, source.Version, now), cancellationToken).ConfigureAwait(false);
        var recordAfter = record.Value with { Status = ContactMergeDocument.Unmerged, UnmergedAt = now, UnmergedBy = AuditActor.Current ?? "system" };

        // The source's document comes back exactly as it was stored before the merge (its ciphertexts are bound to its id).
        var batch = new WriteBatch()
            .Replace(Contacts, targetId, _contacts.Serialize(targetAfter), target.Version)
            .Replace(Contacts, sourceId, record.Value.SourceBefore, source.Version)
            .Replace(Merges, record.Id, _merges.Serialize(recordAfter), record.Version);
        var fresh = directory.LookupEntries(targetId, remaining).ToArray();
        foreach (var old in await directory.LookupIdsAsync(targetId, cancellationToken).ConfigureAwait(false))
        {
            if (!fresh.Any(f => f.Id == old))
            {
                batch.Delete(Lookup, old);
            }
        }

        foreach (var (entryId, entry) in fresh.Concat(directory.LookupEntries(sourceId, restored.Identities)))
        {
            batch.Upsert(Lookup, entryId, _lookup.Serialize(entry));
        }

        await events.CommitAsync(batch, [new ContactChanged(targetId, DataChange.Updated, target.Version + 1, now), new ContactChanged(sourceId, DataChange.Updated, source.Version + 1, now)],
            cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(ChangeEntries.Create("contact.unmerged", $"contact/{targetId}", new MergeState(target.Value, source.Value), new MergeState(targetAfter, sourceAfter))
            with { Detail = $"source contact/{sourceId}, merge {record.Id}" }, cancellationToken).ConfigureAwait(false);
        return await ResultAsync(record with { Value = recordAfter }, changed: true, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<string>> MergedIntoAsync(string targetId, CancellationToken cancellationToken = default)
    {
        var found = new List<string>();
        var pending = new Queue<string>([targetId]);
        while (pending.TryDequeue(out var id) && found.Count < 10_000)
        {
            var query = new DocumentQuery
            {
                Filters = [new DocumentFilter("targetId", FilterOperator.Equal, id), new DocumentFilter("status", FilterOperator.Equal, ContactMergeDocument.Merged)],
                PageSize = DocumentQuery.MaxPageSize,
            };
            foreach (var merge in await _merges.ListAsync(query, cancellationToken).ConfigureAwait(false))
            {
                if (merge.Value.SourceId != targetId && !found.Contains(merge.Value.SourceId, StringComparer.Ordinal))
                {
                    found.Add(merge.Value.SourceId);
                    pending.Enqueue(merge.Value.SourceId);
                }
            }
        }

        return found;
    }

    private async ValueTask<Versioned<ContactMergeDocument>?> FindAsync(string sourceId, string targetId, string status, CancellationToken cancellationToken)
    {
        var query = new DocumentQuery
        {
            Filters = [new DocumentFilter("sourceId", FilterOperator.Equal, sourceId), new DocumentFilter("status", FilterOperator.Equal, status)],
            OrderBy = QueryRules.IdField, Descending = true, PageSize = DocumentQuery.MaxPageSize,
        };
        return (await _merges.ListAsync(query, cancellationToken).ConfigureAwait(false)).FirstOrDefault(m => m.Value.TargetId == targetId);
    }

    private async ValueTask<ContactMergeResult> ResultAsync(Versioned<ContactMergeDocument> record, bool changed, CancellationToken cancellationToken)
    {
        var target = await directory.GetAsync(record.Value.TargetId, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("contact", record.Value.TargetId);
        var source = await directory.GetAsync(record.Value.SourceId, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("contact", record.Value.SourceId);
        var merge = new ContactMerge(record.Id, record.Value.SourceId, record.Value.TargetId, record.Value.Status, record.Value.MovedHashes.Count,
            record.Value.MergedAt, record.Value.MergedBy, record.Value.UnmergedAt, record.Value.UnmergedBy);
        return new ContactMergeResult(merge, target, source, changed);
    }
}
