using System.Text.Json;

namespace ContactCenter.Plugins.Channels.Email.Accounts;

/// <summary>
/// What an administrator sets for a mailbox (<c>PUT /accounts/{channel}</c>): <c>imap</c> and <c>smtp</c>, each with
/// <c>host</c>, <c>port</c>, <c>security</c> (<c>tls</c>, <c>starttls</c>, <c>plain-loopback</c>), <c>userName</c> and
/// <c>password</c>. Every problem is named; no value is ever echoed.
/// </summary>
internal static class AccountRequest
{
    public static (AccountSettings? Settings, Dictionary<string, string> Errors) Parse(ReadOnlyMemory<byte> body)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors["body"] = "A JSON object is required.";
                return (null, errors);
            }

            var imap = Server(document.RootElement, "imap", errors);
            var smtp = Server(document.RootElement, "smtp", errors);
            return errors.Count == 0 ? (new AccountSettings(imap!, smtp!), errors) : (null, errors);
        }
        catch (JsonException)
        {
            errors["body"] = "Malformed JSON.";
            return (null, errors);
        }
    }

    private static ServerEndpoint? Server(JsonElement root, string name, Dictionary<string, string> errors)
    {
        if (!root.TryGetProperty(name, out var server) || server.ValueKind != JsonValueKind.Object)
        {
            errors[name] = "Required: an object with host, port, security, userName and password.";
            return null;
        }

        var count = errors.Count;
        var host = Text(server, "host");
        if (host is null || host.Length > 253 || host.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            errors[$"{name}.host"] = "Required: a host name or address (at most 253 characters).";
        }

        if (!server.TryGetProperty("port", out var portValue) || !portValue.TryGetInt32(out var port) || port is < 1 or > 65535)
        {
            errors[$"{name}.port"] = "Required: 1 to 65535.";
            port = 0;
        }

        MailSecurity? security = Text(server, "security") switch
        {
            "tls" => MailSecurity.Tls,
            "starttls" => MailSecurity.StartTls,
            "plain-loopback" => MailSecurity.PlainLoopback,
            _ => null,
        };
        if (security is null)
        {
            errors[$"{name}.security"] = "Required: tls, starttls or plain-loopback.";
        }
        else if (security == MailSecurity.PlainLoopback && host is not null && !ServerEndpoint.IsLoopback(host))
        {
            errors[$"{name}.security"] = "plain-loopback (no TLS) is accepted only for localhost or a loopback address; use tls or starttls.";
        }

        var user = Text(server, "userName");
        if (user is null || user.Length > 320 || user.Any(char.IsControl))
        {
            errors[$"{name}.userName"] = "Required: 1 to 320 characters.";
        }

        var password = Text(server, "password");
        if (password is null || password.Length > 1024 || password.Any(char.IsControl))
        {
            errors[$"{name}.password"] = "Required: 1 to 1024 characters.";
        }

        return errors.Count == count ? new ServerEndpoint(host!, port, security!.Value, user!, password!) : null;
    }

    private static string? Text(JsonElement server, string name) =>
        server.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}
