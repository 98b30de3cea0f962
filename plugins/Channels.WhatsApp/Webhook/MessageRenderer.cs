using System.Globalization;
using System.Text.Json;
using static ContactCenter.Plugins.Channels.WhatsApp.Webhook.WebhookParser;

namespace ContactCenter.Plugins.Channels.WhatsApp.Webhook;

/// <summary>
/// Turns each inbound message type into what an agent reads (bilingual labels) and the media to fetch: text, image,
/// audio, video, document, sticker, location, contacts, interactive button and list replies, template buttons,
/// reactions; any other type is kept with its name rather than dropped.
/// </summary>
internal static class MessageRenderer
{
    private const int MaxText = 4000;

    public static (string Text, WebhookMedia? Media) Render(JsonElement message)
    {
        var type = Str(message, "type") ?? "unknown";
        var body = message.TryGetProperty(type, out var b) ? b : default;
        var (text, media) = type switch
        {
            "text" => (Str(body, "body") ?? string.Empty, null),
            "image" or "video" or "audio" or "document" or "sticker" => (Str(body, "caption") ?? string.Empty, Media(body)),
            "location" => (Location(body), null),
            "contacts" => (Contacts(message), null),
            "interactive" => (Interactive(body), null),
            "button" => (Str(body, "text") ?? Str(body, "payload") ?? string.Empty, null),
            "reaction" => (Reaction(body), null),
            _ => ($"[Tipo de mensaje no admitido / Unsupported message type: {Clean(type, 40)}]", (WebhookMedia?)null),
        };
        if (string.IsNullOrWhiteSpace(text) && media is null)
        {
            text = $"[{Clean(type, 40)}]";
        }

        return (Clean(text, MaxText), media);
    }

    private static WebhookMedia? Media(JsonElement body) =>
        Str(body, "id") is { } id ? new WebhookMedia(id, Str(body, "mime_type") ?? "application/octet-stream", Str(body, "filename")) : null;

    private static string Location(JsonElement body)
    {
        var lat = Num(body, "latitude");
        var lon = Num(body, "longitude");
        var place = string.Join(", ", new[] { Str(body, "name"), Str(body, "address") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return string.Create(CultureInfo.InvariantCulture, $"Ubicación / Location: {(place.Length > 0 ? place + " " : string.Empty)}({lat}, {lon})");
    }

    private static string Contacts(JsonElement message)
    {
        var cards = Array(message, "contacts").Select(c =>
        {
            var name = c.TryGetProperty("name", out var n) ? Str(n, "formatted_name") ?? Str(n, "first_name") : null;
            var phones = string.Join(", ", Array(c, "phones").Select(p => Str(p, "phone")).OfType<string>());
            return $"{name} {phones}".Trim();
        });
        return "Contacto / Contact: " + string.Join("; ", cards);
    }

    private static string Interactive(JsonElement body)
    {
        var kind = Str(body, "type");
        var reply = kind is not null && body.TryGetProperty(kind, out var r) ? r : default;
        var title = Str(reply, "title");
        var description = Str(reply, "description");
        return title is null ? $"[interactive {Clean(kind ?? "?", 40)}]" : description is null ? title : $"{title} — {description}";
    }

    private static string Reaction(JsonElement body) =>
        Str(body, "emoji") is { Length: > 0 } emoji ? $"Reacción / Reaction: {emoji}" : "Reacción retirada / Reaction removed";

    private static string Clean(string text, int max)
    {
        var kept = new string([.. text.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t')]);
        return kept.Length > max ? kept[..max] : kept;
    }
}
