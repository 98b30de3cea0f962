using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Host.Demo.WhatsApp;

/// <summary>
/// What a demo customer writes on WhatsApp (<c>POST /demo/whatsapp/messages</c>: <c>{from, name, text}</c>), validated
/// with every problem named at once, and turned into the webhook payload Meta documents for a text message.
/// </summary>
internal sealed partial record DemoCustomerMessage(string From, string Name, string Text)
{
    public const int MaxText = 4096;
    public const int MaxName = 100;

    /// <summary>Reads and validates the body; throws <see cref="InvalidRequestException"/> naming each bad field.</summary>
    public static DemoCustomerMessage Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestException("body", "A JSON object {from, name, text} is required. / Se requiere un objeto JSON {from, name, text}.");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var from = Field(body, "from", errors)?.TrimStart('+');
        if (from is not null && !PhonePattern().IsMatch(from))
        {
            errors["from"] = ["The customer's WhatsApp number: 8 to 15 digits, country code first (e.g. 50688881234). / Número de 8 a 15 dígitos con código de país."];
        }

        var name = Field(body, "name", errors)?.Trim();
        if (name is not null && (name.Length is 0 or > MaxName || name.Any(char.IsControl)))
        {
            errors["name"] = [$"1 to {MaxName} characters, no control characters. / De 1 a {MaxName} caracteres, sin caracteres de control."];
        }

        var text = Field(body, "text", errors);
        if (text is not null && (string.IsNullOrWhiteSpace(text) || text.Length > MaxText || text.Any(c => char.IsControl(c) && c is not ('\n' or '\t'))))
        {
            errors["text"] = [$"1 to {MaxText} characters, not blank, no control characters but line breaks and tabs. / De 1 a {MaxText} caracteres, no vacío."];
        }

        return errors.Count == 0 ? new DemoCustomerMessage(from!, name!, text!) : throw new InvalidRequestException(errors);
    }

    /// <summary>Meta's webhook for one inbound text message to the demo number (Cloud API, <c>field: messages</c>).</summary>
    public byte[] ToWebhook(string messageId, DateTimeOffset sentAt) => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
    {
        ["object"] = "whatsapp_business_account",
        ["entry"] = new[]
        {
            new Dictionary<string, object>
            {
                ["id"] = "demo-waba",
                ["changes"] = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["field"] = "messages",
                        ["value"] = new Dictionary<string, object>
                        {
                            ["messaging_product"] = "whatsapp",
                            ["metadata"] = new Dictionary<string, string>
                            {
                                ["display_phone_number"] = DemoWhatsAppStandIn.DisplayPhoneNumber,
                                ["phone_number_id"] = DemoWhatsAppStandIn.PhoneNumberId,
                            },
                            ["contacts"] = new[] { new Dictionary<string, object> { ["profile"] = new Dictionary<string, string> { ["name"] = Name }, ["wa_id"] = From } },
                            ["messages"] = new[]
                            {
                                new Dictionary<string, object>
                                {
                                    ["from"] = From,
                                    ["id"] = messageId,
                                    ["timestamp"] = sentAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                                    ["type"] = "text",
                                    ["text"] = new Dictionary<string, string> { ["body"] = Text },
                                },
                            },
                        },
                    },
                },
            },
        },
    });

    private static string? Field(JsonElement body, string name, Dictionary<string, string[]> errors)
    {
        if (body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        errors[name] = ["Required, a string. / Obligatorio, un texto."];
        return null;
    }

    [GeneratedRegex("^[1-9][0-9]{7,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
