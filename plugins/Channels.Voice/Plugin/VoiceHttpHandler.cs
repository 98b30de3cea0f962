using System.Text.Json;
using ContactCenter.Plugins.Channels.Voice.Media.Mixing;
using ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Http;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

/// <summary>
/// The voice call-control API under <c>/api/v1/channels/{pluginId}/</c> (for the supervisor UI):
/// <c>GET /calls/{interactionId}/participants</c> (monitoring.read),
/// <c>PUT /calls/{interactionId}/monitors/{supervisorId}</c> with <c>{"mode":"listen|whisper|barge"}</c> and
/// <c>DELETE</c> on the same path (monitoring.intervene); <c>POST /calls/{interactionId}/recording/pause|resume</c>
/// (interactions.handle); <c>GET /recordings</c>, <c>/recordings/{id}</c>, <c>/recordings/{id}/audio</c>
/// (recordings.read, see <see cref="VoiceRecordingApi"/>); <c>/phones</c>, the agents' SIP device accounts (see
/// <see cref="Phones.VoicePhoneApi"/>, which checks its own permissions).
/// </summary>
internal sealed class VoiceHttpHandler(VoiceCallControl control, VoiceRecordingApi recordings, Phones.VoicePhoneApi phones, JsonSerializerOptions json) : IPluginHttpHandler
{
    private const string PermissionClaim = "cc:permission";

    public ValueTask HandleAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var segments = context.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (context.Area, context.Method, segments) switch
        {
            (PluginHttpArea.Api, "GET", ["calls", var id, "participants"]) => Guarded(context, Permissions.MonitoringRead, () => ParticipantsAsync(context, id, cancellationToken), cancellationToken),
            (PluginHttpArea.Api, "PUT", ["calls", var id, "monitors", var supervisor]) => Guarded(context, Permissions.MonitoringIntervene, () => MonitorAsync(context, id, supervisor, cancellationToken), cancellationToken),
            (PluginHttpArea.Api, "DELETE", ["calls", var id, "monitors", var supervisor]) => Guarded(context, Permissions.MonitoringIntervene, async () => await WriteAsync(context, await control.StopAsync(id, supervisor).ConfigureAwait(false), cancellationToken).ConfigureAwait(false), cancellationToken),
            (PluginHttpArea.Api, "POST", ["calls", var id, "recording", "pause" or "resume"]) => Guarded(context, Permissions.InteractionsHandle, () => WriteAsync(context, control.SetRecordingPaused(id, segments[3] == "pause"), cancellationToken), cancellationToken),
            (PluginHttpArea.Api, "GET", ["recordings"]) => GuardedRecording(context, "recordings", () => recordings.SearchAsync(context, cancellationToken), cancellationToken),
            (PluginHttpArea.Api, "GET", ["recordings", var id]) => GuardedRecording(context, RecordingTarget(id), () => recordings.MetadataAsync(context, id, cancellationToken), cancellationToken),
            (PluginHttpArea.Api, "GET", ["recordings", var id, "audio"]) => GuardedRecording(context, RecordingTarget(id), () => recordings.AudioAsync(context, id, cancellationToken), cancellationToken),
            (PluginHttpArea.Api, "GET", ["phones"]) => phones.ListAsync(context, cancellationToken),
            (PluginHttpArea.Api, "GET", ["phones", "me"]) => phones.MineAsync(context, cancellationToken),
            (PluginHttpArea.Api, "POST", ["phones", var user, "secret"]) => phones.RotateAsync(context, user, cancellationToken),
            (PluginHttpArea.Api, "PUT", ["phones", var user]) => phones.AssignAsync(context, user, cancellationToken),
            (PluginHttpArea.Api, "DELETE", ["phones", var user]) => phones.RemoveAsync(context, user, cancellationToken),
            _ => context.Response.WriteProblemAsync(404, "Not found", $"The voice channel has no {context.Method} {context.Path}.", cancellationToken),
        };
    }

    private static ValueTask Guarded(IPluginHttpContext context, string permission, Func<ValueTask> action, CancellationToken cancellationToken)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return context.Response.WriteProblemAsync(401, "Authentication required", "Sign in to control calls. / Inicie sesión para controlar llamadas.", cancellationToken);
        }

        return context.User.HasClaim(PermissionClaim, permission)
            ? action()
            : context.Response.WriteProblemAsync(403, "Forbidden", $"This needs the {permission} permission. / Se necesita el permiso {permission}.", cancellationToken);
    }

    private async ValueTask GuardedRecording(IPluginHttpContext context, string target, Func<ValueTask> action, CancellationToken cancellationToken)
    {
        if (context.User.Identity?.IsAuthenticated == true && !context.User.HasClaim(PermissionClaim, Permissions.RecordingsRead))
        {
            await recordings.RecordDeniedAsync(context, target, cancellationToken).ConfigureAwait(false);
        }

        await Guarded(context, Permissions.RecordingsRead, action, cancellationToken).ConfigureAwait(false);
    }

    private static string RecordingTarget(string id) => VoiceRecordingApi.IsId(id) ? "recordings/" + id : "recordings/unknown";

    private async ValueTask ParticipantsAsync(IPluginHttpContext context, string interactionId, CancellationToken cancellationToken)
    {
        if (control.Participants(interactionId) is not { } participants)
        {
            await context.Response.WriteProblemAsync(404, "No bridged call", "No call of this interaction is bridged to an agent. / Ninguna llamada de esta interacción está conectada a un agente.", cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.Response.WriteJsonAsync(participants, json, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask MonitorAsync(IPluginHttpContext context, string interactionId, string supervisorId, CancellationToken cancellationToken)
    {
        var body = await context.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        MonitorMode? mode = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("mode", out var value) && value.ValueKind == JsonValueKind.String
                && value.GetString() is { } text && text.All(char.IsAsciiLetter)
                && Enum.TryParse<MonitorMode>(text, ignoreCase: true, out var parsed))
            {
                mode = parsed;
            }
        }
        catch (JsonException)
        {
            // Reported below like any other unusable body.
        }

        if (mode is not { } chosen)
        {
            await context.Response.WriteProblemAsync(400, "Invalid monitor request", "The body must be {\"mode\":\"listen\"|\"whisper\"|\"barge\"}. / El cuerpo debe ser {\"mode\":\"listen\"|\"whisper\"|\"barge\"}.", cancellationToken).ConfigureAwait(false);
            return;
        }

        await WriteAsync(context, control.Monitor(interactionId, supervisorId, chosen), cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask WriteAsync(IPluginHttpContext context, VoiceControlResult result, CancellationToken cancellationToken)
    {
        if (result.Problem is { } problem)
        {
            await context.Response.WriteProblemAsync(result.Status, result.Status == 404 ? "Not found" : "Conflict", problem, cancellationToken).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = result.Status;
        await context.Response.WriteAsync(ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);
    }
}
