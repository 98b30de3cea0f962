using ContactCenter.Sdk.Errors;

namespace ContactCenter.Host.Demo;

/// <summary>
/// What a seeder works with: <see cref="EnsureAsync"/> creates a demo entry only when it is missing and was never
/// created before, and reports what happened. Existing entries are never touched, so an administrator's edits stay;
/// an entry the demo created and someone deleted stays deleted.
/// </summary>
internal sealed class DemoSeedContext
{
    private readonly HashSet<string> _createdBefore;
    private readonly List<string> _createdNow = [];
    private readonly List<DemoSeedEntry> _entries = [];
    private readonly List<string> _notes = [];

    public DemoSeedContext(string seeder, IEnumerable<string> createdBefore)
    {
        Seeder = seeder;
        _createdBefore = new HashSet<string>(createdBefore, StringComparer.Ordinal);
    }

    public string Seeder { get; }

    public IReadOnlyList<DemoSeedEntry> Entries => _entries;

    /// <summary>Keys (<c>{kind}/{id}</c>) of the entries created at this start.</summary>
    public IReadOnlyList<string> CreatedNow => _createdNow;

    /// <summary>Keys of every entry this seeder has ever created, this start included.</summary>
    public IReadOnlyList<string> CreatedEver => [.. _createdBefore.Concat(_createdNow).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Adds a line to the printed guide on how to use what this seeder made.</summary>
    public void AddNote(string note) => _notes.Add(note);

    /// <summary>Creates the entry <paramref name="kind"/>/<paramref name="id"/> unless it exists or was deleted after an earlier seed.</summary>
    /// <param name="kind">What it is, e.g. <c>agent</c>.</param>
    /// <param name="id">Its id.</param>
    /// <param name="detail">A description for the guide.</param>
    /// <param name="existsAsync">Whether it exists now.</param>
    /// <param name="createAsync">Creates it; an <see cref="InvalidRequestException"/> is reported as refused, not thrown.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>What was done.</returns>
    public async ValueTask<DemoSeedOutcome> EnsureAsync(string kind, string id, string? detail,
        Func<CancellationToken, ValueTask<bool>> existsAsync, Func<CancellationToken, ValueTask> createAsync, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(existsAsync);
        ArgumentNullException.ThrowIfNull(createAsync);
        var key = DemoSeedEntry.KeyOf(kind, id);
        if (await existsAsync(cancellationToken).ConfigureAwait(false))
        {
            return Add(kind, id, DemoSeedOutcome.Found, detail);
        }

        if (_createdBefore.Contains(key))
        {
            return Add(kind, id, DemoSeedOutcome.Deleted, "deleted after an earlier demo start; not recreated");
        }

        try
        {
            await createAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidRequestException ex)
        {
            return Add(kind, id, DemoSeedOutcome.Refused, ex.Message);
        }

        _createdNow.Add(key);
        return Add(kind, id, DemoSeedOutcome.Created, detail);
    }

    private DemoSeedOutcome Add(string kind, string id, DemoSeedOutcome outcome, string? detail)
    {
        _entries.Add(new DemoSeedEntry(Seeder, kind, id, outcome, detail));
        return outcome;
    }
}
