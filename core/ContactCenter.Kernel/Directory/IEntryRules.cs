namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>What makes one kind of directory entry valid, and what refers to it.</summary>
/// <typeparam name="T">The entry type.</typeparam>
internal interface IEntryRules<in T>
{
    /// <summary>The entry's id.</summary>
    string IdOf(T entry);

    /// <summary>Adds every problem of <paramref name="entry"/> to <paramref name="errors"/>.</summary>
    ValueTask ValidateAsync(T entry, ValidationErrors errors, CancellationToken cancellationToken);

    /// <summary>Descriptions of the entries that refer to <paramref name="id"/> (e.g. <c>agent 'ana'</c>).</summary>
    ValueTask<IReadOnlyList<string>> FindReferencesAsync(string id, CancellationToken cancellationToken);
}
