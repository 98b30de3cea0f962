using System.Text;
using System.Text.Json;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;

/// <summary>Webhook bodies in the shape Meta documents for the WhatsApp Cloud API.</summary>
internal static class MetaPayloads
{
    public const string PhoneNumberId = "100000000000001";

    public static byte[] Messages(string waId, string name, params object[] messages) => Envelope(new
    {
        messaging_product = "whatsapp",
        metadata = new { display_phone_number = "15550001111", phone_number_id = PhoneNumberId },
        contacts = new[] { new { profile = new { name }, wa_id = waId } },
        messages,
    });

    public static object Text(string waId, string id, string body, DateTimeOffset at) =>
        new { from = waId, id, timestamp = Seconds(at), type = "text", text = new { body } };

    public static object Image(string waId, string id, string mediaId, string caption, DateTimeOffset at) =>
        new { from = waId, id, timestamp = Seconds(at), type = "image", image = new { caption, mime_type = "image/jpeg", sha256 = "x", id = mediaId } };

    public static byte[] Status(string wamid, string status, string recipient) => Envelope(new
    {
        messaging_product = "whatsapp",
        metadata = new { display_phone_number = "15550001111", phone_number_id = PhoneNumberId },
        statuses = new[] { new { id = wamid, status, timestamp = "1700000000", recipient_id = recipient } },
    });

    private static readonly JsonSerializerOptions Json = new();

    private static byte[] Envelope(object value) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        @object = "whatsapp_business_account",
        entry = new[] { new { id = "WABA", changes = new[] { new { value, field = "messages" } } } },
    }, Json));

    private static string Seconds(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
}
