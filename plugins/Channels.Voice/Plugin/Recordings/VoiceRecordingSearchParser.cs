using System.Globalization;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

/// <summary>
/// Reads <c>GET /recordings</c>'s query: <c>phone</c>, <c>agent</c>, <c>queue</c>, <c>line</c>, <c>disposition</c>,
/// <c>from</c>/<c>to</c> (ISO 8601 with an offset), <c>state</c> (complete, incomplete or recording), <c>limit</c> (1-200, default 50), <c>cursor</c>. An unknown or
/// repeated parameter, a phone that is not a number, a bad date or limit is refused with a bilingual reason.
/// </summary>
internal static class VoiceRecordingSearchParser
{
    public const int MaxLimit = 200;
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase) { "phone", "agent", "queue", "line", "disposition", "from", "to", "state", "limit", "cursor" };
    private static readonly string[] States = [VoiceRecording.Complete, VoiceRecording.Incomplete, VoiceRecording.InProgress];

    public static (VoiceRecordingSearch? Search, string? Problem) Parse(IReadOnlyDictionary<string, string[]> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.FirstOrDefault(p => !Known.Contains(p.Key)) is { Key: not null } unknown)
        {
            return (null, $"Unknown parameter '{Clip(unknown.Key)}'; use {string.Join(", ", Known)}. / Parámetro desconocido '{Clip(unknown.Key)}'.");
        }

        if (query.FirstOrDefault(p => p.Value.Length > 1) is { Key: not null } repeated)
        {
            return (null, $"Parameter '{repeated.Key}' is given more than once. / El parámetro '{repeated.Key}' aparece más de una vez.");
        }

        string? Value(string name) => query.TryGetValue(name, out var values) && values.Length == 1 && values[0].Length > 0 ? values[0] : null;

        var phone = Value("phone");
        var number = VoicePhoneNumber.Normalise(phone);
        if (phone is not null && number is null)
        {
            return (null, "phone must be a phone number (E.164 such as +34600111222, or national digits). / phone debe ser un número de teléfono (E.164 como +34600111222, o dígitos nacionales).");
        }

        if (!TryDate(Value("from"), out var from) || !TryDate(Value("to"), out var to))
        {
            return (null, "from and to must be ISO 8601 instants with an offset (2026-11-29T10:00:00Z). / from y to deben ser instantes ISO 8601 con desfase (2026-11-29T10:00:00Z).");
        }

        if (from is not null && to is not null && from >= to)
        {
            return (null, "from must be before to. / from debe ser anterior a to.");
        }

        var limit = 50;
        if (Value("limit") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            return (null, $"limit must be 1-{MaxLimit}. / limit debe estar entre 1 y {MaxLimit}.");
        }

        var state = Value("state") ?? VoiceRecording.Complete;
        if (!States.Contains(state, StringComparer.Ordinal))
        {
            return (null, $"state must be {string.Join(", ", States)}. / state debe ser {string.Join(", ", States)}.");
        }

        foreach (var name in (string[])["agent", "queue", "line", "disposition", "cursor"])
        {
            if (Value(name) is { Length: > 256 })
            {
                return (null, $"{name} is too long. / {name} es demasiado largo.");
            }
        }

        return (new VoiceRecordingSearch
        {
            CallerNumber = number,
            AgentId = Value("agent"),
            QueueId = Value("queue"),
            Line = Value("line"),
            Disposition = Value("disposition"),
            From = from,
            To = to,
            State = state,
            Limit = limit,
            Cursor = Value("cursor"),
        }, null);
    }

    // An offset is required: a local time would mean different instants on the caller's and the server's clocks.
    private static bool TryDate(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (text.Length > 40 || !(text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
