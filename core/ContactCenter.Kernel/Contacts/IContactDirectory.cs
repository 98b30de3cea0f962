namespace ContactCenter.Kernel.Contacts;

/// <summary>
/// The kernel's contacts (customers). Names and identities are encrypted at rest; phones and emails are found through
/// a keyed-hash index, never stored in clear. Every change raises <c>cc.contact.changed</c> (ids only) for the audit log.
/// </summary>
public interface IContactDirectory
{
    /// <summary>Creates a contact.</summary>
    /// <param name="request">Name and identities.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The contact as stored.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">A field is invalid (each problem named); nothing is stored.</exception>
    ValueTask<Contact> CreateAsync(ContactRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads a contact.</summary>
    /// <param name="id">The contact id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The contact, or <see langword="null"/> when there is none.</returns>
    ValueTask<Contact?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Reads a contact, following merges: a contact merged into another resolves to the one it now lives in.</summary>
    /// <param name="id">The contact id (possibly a merged one).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The live contact, or <see langword="null"/> when there is none.</returns>
    ValueTask<Contact?> ResolveAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Replaces a contact's name and identities.</summary>
    /// <param name="id">The contact id.</param>
    /// <param name="request">The new name and identities.</param>
    /// <param name="expectedVersion">The version read; a concurrent change makes the call fail.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The contact as stored.</returns>
    /// <exception cref="Sdk.Errors.EntityNotFoundException">There is no such contact.</exception>
    /// <exception cref="Sdk.Errors.ConcurrencyConflictException">It changed since <paramref name="expectedVersion"/>.</exception>
    ValueTask<Contact> UpdateAsync(string id, ContactRequest request, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes a contact and its index entries.</summary>
    /// <param name="id">The contact id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether there was a contact to delete.</returns>
    ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Finds the contacts with a phone number, given in any common format.</summary>
    /// <param name="phone">The number, e.g. <c>+506 8888-1234</c> or <c>88881234</c> (default region).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching contacts (several when a number is shared); empty when none.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">It is not a phone number.</exception>
    ValueTask<IReadOnlyList<Contact>> FindByPhoneAsync(string phone, CancellationToken cancellationToken = default);

    /// <summary>Finds the contacts with an email address (case-insensitive).</summary>
    /// <param name="email">The address.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The matching contacts; empty when none.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">It is not an email address.</exception>
    ValueTask<IReadOnlyList<Contact>> FindByEmailAsync(string email, CancellationToken cancellationToken = default);
}
