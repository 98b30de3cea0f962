using System.Text.Json;
using System.Text.RegularExpressions;

namespace ContactCenter.Plugins.Channels.WhatsApp.Account;

/// <summary>What an administrator sets (<c>PUT /account</c>); every problem is named, no value is ever echoed.</summary>
internal sealed partial record AccountRequest(string AppSecret, string AccessToken, string VerifyToken, string? GraphBaseUrl, string? GraphVersion)
{
    public static (AccountRequest? Request, Dictionary<string, string> Errors) Parse(ReadOnlyMemory<byte> body)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors["body"] = "A JSON object is required.";
                return (null, errors);
            }

            var appSecret = Text(root, "appSecret", errors, min: 16);
            var accessToken = Text(root, "accessToken", errors, min: 16);
            var verifyToken = Text(root, "verifyToken", errors, min: 16);
            var baseUrl = Optional(root, "graphBaseUrl");
            if (baseUrl is not null && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Query.Length > 0))
            {
                errors["graphBaseUrl"] = "An absolute http(s) URL without a query.";
            }

            var version = Optional(root, "graphVersion");
            if (version is not null && !VersionPattern().IsMatch(version))
            {
                errors["graphVersion"] = "Like v21.0.";
            }

            return errors.Count == 0 ? (new AccountRequest(appSecret!, accessToken!, verifyToken!, baseUrl, version), errors) : (null, errors);
        }
        catch (JsonException)
        {
            errors["body"] = "Malformed JSON.";
            return (null, errors);
        }
    }

    public override string ToString() => "AccountRequest (secrets hidden)";

    private static string? Text(JsonElement root, string name, Dictionary<string, string> errors, int min)
    {
        var value = Optional(root, name);
        if (value is null || value.Length < min || value.Length > 1024 || value.Any(char.IsControl))
        {
            errors[name] = $"Required: {min} to 1024 characters.";
            return null;
        }

        return value;
    }

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex("^v[0-9]{1,3}\\.[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
