using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Contacts.Merging;

/// <summary>The contacts are not in a state that allows the merge or unmerge (a tombstone, a later merge in the way). Nothing changed; the host answers 409.</summary>
public sealed class ContactMergeConflictException : ContactCenterException
{
    /// <summary>Creates the error.</summary>
    /// <param name="errorCode"><c>contact.merged</c>, <c>contact.not-merged</c> or <c>contact.merge-in-the-way</c>.</param>
    /// <param name="message">What was refused and why.</param>
    public ContactMergeConflictException(string errorCode, string message)
        : base(errorCode, message)
    {
    }
}
