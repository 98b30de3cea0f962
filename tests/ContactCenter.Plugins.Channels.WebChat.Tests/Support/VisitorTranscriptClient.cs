using System.Net;
using System.Text;
using System.Text.Json;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Support;

/// <summary>What the widget does to ask for the transcript: POST /webchat/transcript with its session token.</summary>
internal sealed class VisitorTranscriptClient(HttpClient client, string? session)
{
    public Task<(HttpStatusCode Status, JsonElement Body)> RequestAsync(string conversationId, string? email, string lang = "es") =>
        PostAsync(JsonSerializer.Serialize(new { conversationId, email }), lang);

    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string json, string lang = "es")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/webchat/transcript?lang={lang}") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (session is not null)
        {
            request.Headers.Add("X-WebChat-Session", session);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
