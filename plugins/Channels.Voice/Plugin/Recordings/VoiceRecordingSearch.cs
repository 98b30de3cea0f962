using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

/// <summary>A validated recordings search: every filter is optional and they combine with AND; newest first.</summary>
internal sealed record VoiceRecordingSearch
{
    public string? CallerNumber { get; init; }

    public string? AgentId { get; init; }

    public string? QueueId { get; init; }

    /// <summary>The dialled line or DID (the recording's <c>to</c>).</summary>
    public string? Line { get; init; }

    public string? Disposition { get; init; }

    /// <summary>Calls that started at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Calls that started before this instant.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Which recordings: <c>complete</c> (the default), <c>incomplete</c> (finalised after a crash) or <c>recording</c> (in progress).</summary>
    public string State { get; init; } = VoiceRecording.Complete;

    public int Limit { get; init; } = 50;

    public string? Cursor { get; init; }

    /// <summary>The names of the filters in use (for the audit entry: which filters, never their values).</summary>
    public IEnumerable<string> FilterNames() =>
        new (string Name, object? Value)[]
        {
            ("phone", CallerNumber), ("agent", AgentId), ("queue", QueueId), ("line", Line), ("disposition", Disposition), ("from", From), ("to", To),
            ("state", State == VoiceRecording.Complete ? null : State),
        }.Where(f => f.Value is not null).Select(f => f.Name);

    public DocumentQuery ToQuery()
    {
        var filters = new List<DocumentFilter> { new("state", FilterOperator.Equal, State) };
        Add(filters, "callerNumber", CallerNumber);
        Add(filters, "agentId", AgentId);
        Add(filters, "queueId", QueueId);
        Add(filters, "to", Line);
        Add(filters, "disposition", Disposition);
        if (From is { } from)
        {
            filters.Add(new DocumentFilter("startedAt", FilterOperator.GreaterThanOrEqual, from));
        }

        if (To is { } to)
        {
            filters.Add(new DocumentFilter("startedAt", FilterOperator.LessThan, to));
        }

        return new DocumentQuery { Filters = filters, OrderBy = "startedAt", Descending = true, PageSize = Limit, ContinuationToken = Cursor };
    }

    private static void Add(List<DocumentFilter> filters, string field, string? value)
    {
        if (value is not null)
        {
            filters.Add(new DocumentFilter(field, FilterOperator.Equal, value));
        }
    }
}
