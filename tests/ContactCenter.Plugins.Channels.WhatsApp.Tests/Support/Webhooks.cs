using System.Net.Http.Headers;
using ContactCenter.Plugins.Channels.WhatsApp.Webhook;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;

/// <summary>Delivers webhooks the way Meta does: the raw JSON body signed with the app secret.</summary>
internal sealed class Webhooks(HttpClient client, string appSecret)
{
    public const string Path = "/api/v1/channels/cc.channels.whatsapp/webhook";

    public Task<HttpResponseMessage> PostAsync(byte[] body, string? signature = "") =>
        PostRawAsync(body, signature == "" ? WebhookSignature.Sign(body, appSecret) : signature);

    public async Task<HttpResponseMessage> PostRawAsync(byte[] body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.Add("X-Hub-Signature-256", signature);
        }

        return await client.SendAsync(request);
    }
}
