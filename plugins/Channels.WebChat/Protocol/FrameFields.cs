using System.Text.Json;

namespace ContactCenter.Plugins.Channels.WebChat.Protocol;

/// <summary>Typed reads of a frame's fields: a field of the wrong JSON type reads as absent.</summary>
internal readonly struct FrameFields(JsonElement root)
{
    public bool Has(string name) => root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public string? String(string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public long? Long(string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    public bool? Bool(string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    public VisitorIdentity? Identity(string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var fields = new FrameFields(value);
        var visitorId = fields.String("visitorId");
        var signature = fields.String("signature");
        var email = fields.String("email") ?? "";
        var displayName = fields.String("name");
        return visitorId is { Length: > 0 and <= 128 } && signature is { Length: 64 } && fields.Long("expires") is { } expires
            && email.Length <= 254 && displayName is not { Length: > 100 }
            && !visitorId.Any(char.IsControl) && !email.Any(char.IsControl)
            ? new VisitorIdentity(visitorId, email, displayName, expires, signature)
            : null;
    }
}
