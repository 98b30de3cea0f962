using System.Globalization;
using System.Text.Json;
using ContactCenter.Sdk.Audit;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Http;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

/// <summary>
/// <c>GET /recordings</c> (search), <c>GET /recordings/{id}</c> (metadata) and <c>GET /recordings/{id}/audio</c> (the
/// decrypted stereo WAV, single byte ranges honoured). The caller holds <c>recordings.read</c> (checked by the handler).
/// Every read is written to the audit trail before any data leaves: who, which recording (or which filters: never the
/// searched phone number), and a read that cannot be audited is not served.
/// </summary>
internal sealed class VoiceRecordingApi(VoiceRecordingStore store, IAuditTrail audit, JsonSerializerOptions json)
{
    private const string NotFoundText = "No recording has this id. / No hay ninguna grabación con este identificador.";

    public async ValueTask SearchAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        var (search, problem) = VoiceRecordingSearchParser.Parse(context.Query);
        if (search is null)
        {
            await context.Response.WriteProblemAsync(400, "Invalid recordings query", problem, cancellationToken).ConfigureAwait(false);
            return;
        }

        Sdk.Storage.DocumentPage<VoiceRecording> page;
        try
        {
            page = await store.SearchAsync(search, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidRequestException)
        {
            // The only caller-supplied part the store can refuse is the cursor.
            await context.Response.WriteProblemAsync(400, "Invalid recordings query", "cursor is not one this search returned. / cursor no es uno que haya devuelto esta búsqueda.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var filters = string.Join(',', search.FilterNames());
        await RecordAsync(context, "recording.searched", "recordings", $"filters: {(filters.Length == 0 ? "none" : filters)}; {page.Items.Count} found", cancellationToken).ConfigureAwait(false);
        await context.Response.WriteJsonAsync(new { items = page.Items.Select(i => i.Value), next = page.ContinuationToken }, json, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask MetadataAsync(IPluginHttpContext context, string recordingId, CancellationToken cancellationToken)
    {
        if (await FindAsync(context, recordingId, cancellationToken).ConfigureAwait(false) is not { } recording)
        {
            return;
        }

        await RecordAsync(context, "recording.read", $"recordings/{recording.Id}", null, cancellationToken).ConfigureAwait(false);
        await context.Response.WriteJsonAsync(recording, json, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask AudioAsync(IPluginHttpContext context, string recordingId, CancellationToken cancellationToken)
    {
        if (await FindAsync(context, recordingId, cancellationToken).ConfigureAwait(false) is not { } recording)
        {
            return;
        }

        var range = VoiceByteRange.Of(context.GetHeader("Range"), recording.Length);
        var response = context.Response;
        response.SetHeader("Accept-Ranges", "bytes");
        response.SetHeader("Cache-Control", "no-store");
        if (range.Unsatisfiable)
        {
            response.SetHeader("Content-Range", Invariant($"bytes */{recording.Length}"));
            await response.WriteProblemAsync(416, "Range not satisfiable", Invariant($"The recording has {recording.Length} bytes. / La grabación tiene {recording.Length} bytes."), cancellationToken).ConfigureAwait(false);
            return;
        }

        await RecordAsync(context, "recording.played", $"recordings/{recording.Id}", range.Partial ? Invariant($"bytes {range.First}-{range.Last}") : null, cancellationToken).ConfigureAwait(false);
        response.StatusCode = range.Partial ? 206 : 200;
        response.ContentType = "audio/wav";
        response.SetHeader("Content-Length", range.Length.ToString(CultureInfo.InvariantCulture));
        response.SetHeader("Content-Disposition", $"attachment; filename=\"{recording.Id}.wav\"");
        if (range.Partial)
        {
            response.SetHeader("Content-Range", Invariant($"bytes {range.First}-{range.Last}/{recording.Length}"));
        }

        await store.CopyRangeAsync(recording, range.First, range.Last, bytes => response.WriteAsync(bytes, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A refused read is audited too: someone tried to listen without the permission.</summary>
    public ValueTask RecordDeniedAsync(IPluginHttpContext context, string target, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditTrailEntry("recording.read", target) { Outcome = AuditTrailOutcome.Denied, Detail = "403", SourceIp = context.RemoteAddress?.ToString() }, cancellationToken);

    private async ValueTask<VoiceRecording?> FindAsync(IPluginHttpContext context, string recordingId, CancellationToken cancellationToken)
    {
        var recording = IsId(recordingId) ? await store.GetAsync(recordingId, cancellationToken).ConfigureAwait(false) : null;
        if (recording is null)
        {
            await context.Response.WriteProblemAsync(404, "Not found", NotFoundText, cancellationToken).ConfigureAwait(false);
        }

        return recording;
    }

    private ValueTask RecordAsync(IPluginHttpContext context, string action, string target, string? detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditTrailEntry(action, target) { Detail = detail, SourceIp = context.RemoteAddress?.ToString() }, cancellationToken);

    // Recording ids are ours (rec-{32 hex}); anything else cannot exist and must not reach the audit target.
    public static bool IsId(string id) => id.Length is > 4 and <= 64 && id.StartsWith("rec-", StringComparison.Ordinal) && id[4..].All(char.IsAsciiHexDigitLower);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
