using System.Globalization;
using System.Text.Json;

namespace ContactCenter.Plugins.Channels.WhatsApp.Webhook;

/// <summary>
/// Reads Meta's webhook payload (<c>object: whatsapp_business_account</c>, <c>entry[].changes[]</c> with
/// <c>field: messages</c>): each message with its sender, each status. A payload that is not JSON or not that shape
/// throws <see cref="JsonException"/>, so nothing of it is processed.
/// </summary>
internal static class WebhookParser
{
    public static WebhookBatch Parse(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || Str(root, "object") != "whatsapp_business_account"
            || !root.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("Not a WhatsApp Business Account webhook.");
        }

        var messages = new List<WebhookMessage>();
        var statuses = new List<WebhookStatus>();
        foreach (var change in entries.EnumerateArray().SelectMany(Changes))
        {
            if (Str(change, "field") != "messages" || !change.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var phoneNumberId = value.TryGetProperty("metadata", out var metadata) ? Str(metadata, "phone_number_id") : null;
            if (phoneNumberId is null)
            {
                throw new JsonException("A change has no metadata.phone_number_id.");
            }

            var names = Array(value, "contacts").Where(c => Str(c, "wa_id") is not null)
                .ToDictionary(c => Str(c, "wa_id")!, c => c.TryGetProperty("profile", out var p) ? Str(p, "name") : null, StringComparer.Ordinal);
            foreach (var message in Array(value, "messages"))
            {
                var from = Str(message, "from") ?? throw new JsonException("A message has no sender.");
                var id = Str(message, "id") ?? throw new JsonException("A message has no id.");
                var (text, media) = MessageRenderer.Render(message);
                messages.Add(new WebhookMessage(phoneNumberId, from, names.GetValueOrDefault(from), id, Timestamp(message), text, media));
            }

            foreach (var status in Array(value, "statuses"))
            {
                var id = Str(status, "id") ?? throw new JsonException("A status has no message id.");
                var error = Array(status, "errors").Select(e => $"{Num(e, "code")} {Str(e, "title") ?? Str(e, "message")}".Trim()).FirstOrDefault();
                statuses.Add(new WebhookStatus(id, Str(status, "status") ?? string.Empty, error));
            }
        }

        return new WebhookBatch(messages, statuses);
    }

    internal static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static string? Num(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.Number => value.GetRawText(), JsonValueKind.String => value.GetString(), _ => null }
            : null;

    internal static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    private static IEnumerable<JsonElement> Changes(JsonElement entry) => Array(entry, "changes");

    private static DateTimeOffset? Timestamp(JsonElement message) =>
        long.TryParse(Str(message, "timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and < 32503680000
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
