using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContactCenter.Benchmarks.Messaging;

/// <summary>
/// Delivers WhatsApp Cloud API webhooks the way Meta does: a text message in Meta's documented envelope, the raw body
/// signed with the app secret in <c>X-Hub-Signature-256</c>, posted over HTTPS to the plugin's webhook path.
/// </summary>
internal sealed class WhatsAppWebhook(HttpClient client, string appSecret)
{
    public const string Path = "/api/v1/channels/cc.channels.whatsapp/webhook";

    /// <summary>The demo's business number (bound to line autos, queue autos-general, see docs/demo.md).</summary>
    public const string PhoneNumberId = "100000000000001";

    private static readonly JsonSerializerOptions Json = new();
    private readonly byte[] _key = Encoding.UTF8.GetBytes(appSecret);

    /// <summary>Posts one text message from <paramref name="waId"/>; throws unless the webhook answers 200.</summary>
    public async Task PostTextAsync(string waId, string messageId, string text, DateTimeOffset sentAt)
    {
        var body = Body(waId, messageId, text, sentAt);
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(_key, body)));
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The webhook answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public static byte[] Body(string waId, string messageId, string text, DateTimeOffset sentAt) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        @object = "whatsapp_business_account",
        entry = new[]
        {
            new
            {
                id = "WABA",
                changes = new[]
                {
                    new
                    {
                        field = "messages",
                        value = new
                        {
                            messaging_product = "whatsapp",
                            metadata = new { display_phone_number = "15550001111", phone_number_id = PhoneNumberId },
                            contacts = new[] { new { profile = new { name = "Cliente " + waId[^4..] }, wa_id = waId } },
                            messages = new[]
                            {
                                new
                                {
                                    from = waId, id = messageId, timestamp = sentAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), type = "text",
                                    text = new { body = text },
                                },
                            },
                        },
                    },
                },
            },
        },
    }, Json);
}
