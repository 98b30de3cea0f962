using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using HdrHistogram;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// What one step left in the store, read back through the host's API as an operator would: the step's recordings
/// (<c>GET …/recordings?line=hb&amp;from=</c>: complete ones only, the API's default; those with an agent, i.e. bridged) and, for each, its interaction
/// (<c>GET /api/v1/interactions/{id}</c>): its state (Closed once the customer left: no wrap-up), the time from its
/// creation to the bridge (the recording's start), and the recording's audio length against its wall time (the mixer
/// writes one 20 ms frame per tick, so audio shorter than the wall time is ticks that came late or were skipped).
/// </summary>
internal sealed record VoiceHostStepRecord(
    int Recorded,
    int Closed,
    IReadOnlyDictionary<string, int> NotClosed,
    IReadOnlyList<double> CreatedToBridgedMs,
    double CreatedPerSecond,
    int PeakBridged,
    double AudioSeconds,
    double WallSeconds,
    long Bytes)
{
    public double TicksShort => WallSeconds <= 0 ? 0 : Math.Max(0, 1 - (AudioSeconds / WallSeconds));

    public string NotClosedText => NotClosed.Count == 0 ? "0" : string.Join(", ", NotClosed.Select(p => $"{p.Value} {p.Key}"));

    /// <summary>
    /// Waits until the step's <paramref name="expected"/> calls are recorded and their interactions closed (at most
    /// <paramref name="patience"/>), then reads the step back.
    /// </summary>
    public static async Task<VoiceHostStepRecord> ReadAsync(HttpClient admin, DateTimeOffset since, int expected, TimeSpan patience)
    {
        var deadline = TimeProvider.System.GetUtcNow() + patience;
        while (true)
        {
            var step = await ReadOnceAsync(admin, since);
            if ((step.Recorded >= expected && step.NotClosed.Count == 0) || TimeProvider.System.GetUtcNow() > deadline)
            {
                return step;
            }

            await Task.Delay(500);
        }
    }

    public static string Latency(IReadOnlyList<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return "-";
        }

        var histogram = new LongHistogram(TimeSpan.FromMinutes(10).Ticks / 10, 3);
        foreach (var ms in milliseconds)
        {
            histogram.RecordValue(Math.Clamp((long)(ms * 1000), 1, histogram.HighestTrackableValue));
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{histogram.GetValueAtPercentile(50) / 1000.0:F0} / {histogram.GetValueAtPercentile(99) / 1000.0:F0} ms");
    }

    /// <summary>
    /// The step's recordings the count above leaves out, so a shortfall says what happened to them: complete without
    /// an agent (the customer left before the bridge), <c>recording</c> (still in progress, or left so by a lost
    /// write), <c>incomplete</c> (finalised by the plugin's recovery sweep); each with its interaction, agent and
    /// disposition (at most five listed per state). Empty when none.
    /// </summary>
    public static async Task<string> DescribeUncountedAsync(HttpClient admin, DateTimeOffset since)
    {
        var parts = new List<string>();
        var unbridged = (await ListAsync(admin, since, "complete")).Where(r => !HasAgent(r)).ToList();
        Add("complete without agent", unbridged);
        foreach (var state in new[] { "recording", "incomplete" })
        {
            Add(state, await ListAsync(admin, since, state));
        }

        return string.Join("; ", parts);

        void Add(string what, List<JsonElement> found)
        {
            if (found.Count > 0)
            {
                parts.Add($"{found.Count} {what} (" + string.Join(", ", found.Take(5).Select(r =>
                    $"interaction {Text(r, "interactionId")} agent {Text(r, "agentId")} disposition {Text(r, "disposition")} {Text(r, "startedAt")}..{Text(r, "endedAt")}")) + (found.Count > 5 ? ", ..." : "") + ")");
            }
        }

        static string Text(JsonElement r, string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "-";
    }

    private static bool HasAgent(JsonElement recording) => recording.TryGetProperty("agentId", out var agent) && agent.ValueKind == JsonValueKind.String;

    /// <summary>Every recording of the line started since <paramref name="since"/> in <paramref name="state"/>, all pages.</summary>
    private static async Task<List<JsonElement>> ListAsync(HttpClient admin, DateTimeOffset since, string state)
    {
        var recordings = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var query = $"/api/v1/channels/cc.channels.voice/recordings?line={VoiceHostServer.Line}&state={state}&from={Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture))}&limit=200"
                + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await admin.GetFromJsonAsync<JsonElement>(new Uri(query, UriKind.Relative));
            recordings.AddRange(page.GetProperty("items").EnumerateArray().Select(r => r.Clone()));
            cursor = page.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);

        return recordings;
    }

    private static async Task<VoiceHostStepRecord> ReadOnceAsync(HttpClient admin, DateTimeOffset since)
    {
        // Bridged calls only: a customer who left before an agent is recorded too (no agentId), and is not a call of the step's count.
        var recordings = (await ListAsync(admin, since, "complete")).Where(HasAgent).ToList();

        var interactions = new JsonElement[recordings.Count];
        await Parallel.ForAsync(0, recordings.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, token) =>
            interactions[i] = await admin.GetFromJsonAsync<JsonElement>(
                new Uri($"/api/v1/interactions/{recordings[i].GetProperty("interactionId").GetString()}", UriKind.Relative), token));

        var notClosed = interactions.Select(i => i.GetProperty("state").GetString() ?? "?").Where(s => s != "Closed")
            .GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var created = interactions.Select(i => i.GetProperty("createdAt").GetDateTimeOffset()).Order().ToList();
        var spans = recordings.Select(r => (Start: r.GetProperty("startedAt").GetDateTimeOffset(), End: r.GetProperty("endedAt").GetDateTimeOffset())).ToList();
        return new VoiceHostStepRecord(
            Recorded: recordings.Count,
            Closed: interactions.Length - notClosed.Values.Sum(),
            NotClosed: notClosed,
            CreatedToBridgedMs: [.. interactions.Select(CreatedToConnectedMs).OfType<double>()],
            CreatedPerSecond: created.Count > 1 && created[^1] > created[0] ? (created.Count - 1) / (created[^1] - created[0]).TotalSeconds : 0,
            PeakBridged: Peak(spans),
            AudioSeconds: recordings.Sum(r => r.GetProperty("durationMs").GetInt64()) / 1000.0,
            WallSeconds: spans.Sum(s => (s.End - s.Start).TotalSeconds),
            Bytes: recordings.Sum(r => r.GetProperty("length").GetInt64()));
    }

    /// <summary>
    /// Interaction created → its first leg connected to an agent (the bridge), in ms; null when no leg connected. The
    /// recording is no measure of it: it starts when the customer is answered, before the greeting and the queue.
    /// </summary>
    private static double? CreatedToConnectedMs(JsonElement interaction)
    {
        var connected = interaction.TryGetProperty("legs", out var legs)
            ? legs.EnumerateArray()
                .Where(l => l.TryGetProperty("connectedAt", out var at) && at.ValueKind == JsonValueKind.String)
                .Select(l => l.GetProperty("connectedAt").GetDateTimeOffset())
                .Order()
                .FirstOrDefault()
            : default;
        return connected == default ? null : (connected - interaction.GetProperty("createdAt").GetDateTimeOffset()).TotalMilliseconds;
    }

    /// <summary>The most recordings running at one instant (answered calls up at once: greeting, queue or bridged).</summary>
    private static int Peak(List<(DateTimeOffset Start, DateTimeOffset End)> spans)
    {
        var edges = spans.SelectMany(s => new[] { (At: s.Start, Step: 1), (At: s.End, Step: -1) }).OrderBy(e => e.At).ThenBy(e => e.Step);
        var (current, peak) = (0, 0);
        foreach (var edge in edges)
        {
            current += edge.Step;
            peak = Math.Max(peak, current);
        }

        return peak;
    }
}
