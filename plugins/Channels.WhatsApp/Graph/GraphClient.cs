using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ContactCenter.Plugins.Channels.WhatsApp.Account;
using ContactCenter.Plugins.Channels.WhatsApp.Plugin;
using Polly;

namespace ContactCenter.Plugins.Channels.WhatsApp.Graph;

/// <summary>
/// The WhatsApp Cloud API over the Graph API at the configured base URL and version: send a message
/// (<c>POST /{version}/{phone-number-id}/messages</c>), resolve a media id to its URL and download it, upload media.
/// The access token goes only in the <c>Authorization</c> header and is never logged.
/// </summary>
internal sealed class GraphClient(HttpClient http, WhatsAppOptions options) : IDisposable
{
    public const long MaxMediaBytes = 100L * 1024 * 1024;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry = GraphRetry.Create(options.MaxRetries);

    public async ValueTask<GraphResult> SendAsync(AccountSettings account, string phoneNumberId, Action<Utf8JsonWriter> writeMessage, CancellationToken cancellationToken)
    {
        var body = Json(writeMessage);
        using var response = await CallAsync(account, () => new HttpRequestMessage(HttpMethod.Post, Url(account, $"{Uri.EscapeDataString(phoneNumberId)}/messages"))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        }, cancellationToken).ConfigureAwait(false);
        var json = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return new GraphResult(null, Problem(response, json));
        }

        var id = json?.RootElement.TryGetProperty("messages", out var messages) == true && messages.ValueKind == JsonValueKind.Array && messages.GetArrayLength() > 0
            ? Webhook.WebhookParser.Str(messages[0], "id")
            : null;
        json?.Dispose();
        return id is null ? new GraphResult(null, "WhatsApp answered without a message id.") : new GraphResult(id, null);
    }

    /// <summary>Downloads an inbound media object: its URL by id, then the bytes with the bearer token.</summary>
    public async ValueTask<(byte[] Content, string MimeType)> DownloadMediaAsync(AccountSettings account, string mediaId, CancellationToken cancellationToken)
    {
        string url, mimeType;
        using (var described = await CallAsync(account, () => new HttpRequestMessage(HttpMethod.Get, Url(account, Uri.EscapeDataString(mediaId))), cancellationToken)
            .ConfigureAwait(false))
        {
            using var json = await ReadJsonAsync(described, cancellationToken).ConfigureAwait(false);
            if (!described.IsSuccessStatusCode || json is null || Webhook.WebhookParser.Str(json.RootElement, "url") is not { } found)
            {
                throw new HttpRequestException($"The Graph API did not describe media {mediaId}: {Problem(described, json)}", null, described.StatusCode);
            }

            url = found;
            mimeType = Webhook.WebhookParser.Str(json.RootElement, "mime_type") ?? "application/octet-stream";
        }

        using var download = await CallAsync(account, () => new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Absolute)), cancellationToken).ConfigureAwait(false);
        if (!download.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Downloading media {mediaId} failed with {(int)download.StatusCode}.", null, download.StatusCode);
        }

        if (download.Content.Headers.ContentLength > MaxMediaBytes)
        {
            throw new InvalidDataException($"Media {mediaId} is larger than {MaxMediaBytes} bytes.");
        }

        return (await download.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false), mimeType);
    }

    /// <summary>Uploads media for an outgoing message (<c>POST /{version}/{phone-number-id}/media</c>); answers the media id.</summary>
    public async ValueTask<GraphResult> UploadMediaAsync(AccountSettings account, string phoneNumberId, byte[] content, string mimeType, string fileName,
        CancellationToken cancellationToken)
    {
        using var response = await CallAsync(account, () =>
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent("whatsapp"), "messaging_product" },
                { new StringContent(mimeType), "type" },
            };
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(mimeType);
            form.Add(file, "file", fileName);
            return new HttpRequestMessage(HttpMethod.Post, Url(account, $"{Uri.EscapeDataString(phoneNumberId)}/media")) { Content = form };
        }, cancellationToken).ConfigureAwait(false);
        using var json = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode && json is not null && Webhook.WebhookParser.Str(json.RootElement, "id") is { } id
            ? new GraphResult(id, null)
            : new GraphResult(null, Problem(response, json));
    }

    public void Dispose() => http.Dispose();

    private static Uri Url(AccountSettings account, string path) =>
        new(new Uri(account.GraphBaseUrl.AbsoluteUri.TrimEnd('/') + "/", UriKind.Absolute), $"{account.GraphVersion}/{path}");

    private async ValueTask<HttpResponseMessage> CallAsync(AccountSettings account, Func<HttpRequestMessage> create, CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(async token =>
        {
            using var request = create();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", account.AccessToken);
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

    private static async ValueTask<JsonDocument?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return bytes.Length == 0 ? null : JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Problem(HttpResponseMessage response, JsonDocument? json)
    {
        var error = json?.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("error", out var e) ? e : default;
        var code = Webhook.WebhookParser.Num(error, "code");
        var message = Webhook.WebhookParser.Str(error, "message");
        var wait = GraphRetry.IsTransient(response.StatusCode) && GraphRetry.RetryAfter(response) is { } after
            ? $" Reintente en {Math.Ceiling(after.TotalSeconds)} s / retry in {Math.Ceiling(after.TotalSeconds)} s."
            : string.Empty;
        return $"WhatsApp rechazó la solicitud / WhatsApp refused the request ({(int)response.StatusCode}{(code is null ? string.Empty : ", code " + code)}): {message ?? response.ReasonPhrase}.{wait}";
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.ToArray();
    }
}
