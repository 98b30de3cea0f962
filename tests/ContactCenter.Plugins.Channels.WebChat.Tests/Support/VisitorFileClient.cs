using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Support;

/// <summary>What the widget does over HTTP for files: upload with its session token, download by the link it was given.</summary>
internal sealed class VisitorFileClient(HttpClient client, string? session)
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    public async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(byte[] content, string contentType, string? name, string id, string lang = "es", string? origin = null)
    {
        var query = $"id={Uri.EscapeDataString(id)}&lang={lang}" + (name is null ? "" : "&name=" + Uri.EscapeDataString(name));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webchat/upload?" + query) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (session is not null)
        {
            request.Headers.Add("X-WebChat-Session", session);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<(HttpStatusCode Status, byte[] Body, HttpResponseMessage Response)> DownloadAsync(string conversationId, string attachmentId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/webchat/files/{conversationId}/{attachmentId}");
        if (session is not null)
        {
            request.Headers.Add("X-WebChat-Session", session);
        }

        var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(), response);
    }
}
