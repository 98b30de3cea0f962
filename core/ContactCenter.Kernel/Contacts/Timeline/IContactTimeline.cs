namespace ContactCenter.Kernel.Contacts.Timeline;

/// <summary>
/// One history per customer across every channel: the interactions recorded under the contact and under every contact
/// merged into it, newest first, with keyset paging (an interaction arriving between pages neither repeats nor skips one).
/// Channel-agnostic: any channel that creates interactions with a contact id appears here without change.
/// </summary>
public interface IContactTimeline
{
    /// <summary>The largest page.</summary>
    const int MaxPageSize = 100;

    /// <summary>Reads one page of a contact's timeline.</summary>
    /// <param name="contactId">The contact (a merged contact's id reads the timeline of the contact it was merged into).</param>
    /// <param name="pageSize">1 to <see cref="MaxPageSize"/>.</param>
    /// <param name="cursor">The cursor of the previous page, or <see langword="null"/> for the newest.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="Sdk.Errors.EntityNotFoundException">There is no such contact.</exception>
    /// <exception cref="Sdk.Errors.InvalidRequestException">The page size or the cursor is invalid.</exception>
    ValueTask<TimelinePage> GetAsync(string contactId, int pageSize, string? cursor, CancellationToken cancellationToken = default);
}
