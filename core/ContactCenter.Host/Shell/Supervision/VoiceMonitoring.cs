using System.Security.Claims;
using System.Text;
using System.Text.Json;
using ContactCenter.Host.Api.Channels;
using ContactCenter.Kernel.Plugins.Http;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>
/// Listen, whisper and barge through the voice channel's own contract (<c>PUT /calls/{id}/monitors/{supervisor}</c>
/// with <c>{"mode":…}</c>), dispatched in-process to the active voice plugin with the supervisor's own identity, so the
/// plugin checks the same permission it checks for the REST call; <c>DELETE</c> stops. No voice plugin installed: refused with the reason.
/// </summary>
internal sealed class VoiceMonitoring(IPluginHttpDispatcher dispatcher, IServiceProvider services)
{
    public const string VoicePluginId = "cc.channels.voice";

    public async Task<CoachOutcome> MonitorAsync(ClaimsPrincipal user, string interactionId, string supervisorId, ParticipationMode mode, CancellationToken cancellationToken)
    {
        if (mode is ParticipationMode.Normal)
        {
            return new CoachOutcome(false, "choose listen, whisper or barge");
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["mode"] = mode.ToString().ToLowerInvariant() });
        return await SendAsync(user, HttpMethods.Put, interactionId, supervisorId, body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the supervisor's listen/whisper/barge leg (<c>DELETE</c> on the same path).</summary>
    public Task<CoachOutcome> StopAsync(ClaimsPrincipal user, string interactionId, string supervisorId, CancellationToken cancellationToken) =>
        SendAsync(user, HttpMethods.Delete, interactionId, supervisorId, null, cancellationToken);

    private async Task<CoachOutcome> SendAsync(ClaimsPrincipal user, string method, string interactionId, string supervisorId, byte[]? body, CancellationToken cancellationToken)
    {
        var path = $"/calls/{Uri.EscapeDataString(interactionId)}/monitors/{Uri.EscapeDataString(supervisorId)}";
        var answer = await PluginApiCall.SendAsync(dispatcher, services, user, VoicePluginId, method, path, body, null, cancellationToken).ConfigureAwait(false);
        return answer.Succeeded
            ? CoachOutcome.Ok
            : new CoachOutcome(false, $"voice channel answered {answer.Status}: {Detail(answer.Body)}");
    }

    private static string Detail(byte[] problem)
    {
        try
        {
            using var json = JsonDocument.Parse(problem);
            return json.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : Encoding.UTF8.GetString(problem);
        }
        catch (JsonException)
        {
            return Encoding.UTF8.GetString(problem);
        }
    }
}
