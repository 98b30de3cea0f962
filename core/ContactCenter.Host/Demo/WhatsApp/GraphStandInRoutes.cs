using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContactCenter.Kernel.Time;

namespace ContactCenter.Host.Demo.WhatsApp;

/// <summary>
/// The few Graph API calls the WhatsApp plugin makes, under <see cref="DemoWhatsAppStandIn.PathBase"/>:
/// <c>POST /{version}/{phone-number-id}/messages</c> (recorded, answered with a <c>wamid</c>),
/// <c>POST /{version}/{phone-number-id}/media</c> (multipart upload, answered with an id),
/// <c>GET /{version}/{media-id}</c> (the media's URL) and <c>GET /files/{media-id}</c> (its bytes). Every call needs the
/// demo access token as a bearer token, as Meta does; errors come in Graph's <c>{"error":{…}}</c> shape.
/// </summary>
internal static partial class GraphStandInRoutes
{
    public static void Map(IEndpointRouteBuilder routes, DemoWhatsAppStandIn standIn, KernelTime time)
    {
        var graph = routes.MapGroup(DemoWhatsAppStandIn.PathBase);
        graph.MapPost("/{version}/{phoneNumberId}/messages", (HttpContext context, string version, string phoneNumberId) =>
            Authorized(context, standIn) ?? SendAsync(context, standIn, time, version, phoneNumberId));
        graph.MapPost("/{version}/{phoneNumberId}/media", (HttpContext context, string version, string phoneNumberId) =>
            Authorized(context, standIn) ?? UploadAsync(context, standIn, version));
        graph.MapGet("/files/{mediaId}", (HttpContext context, string mediaId) =>
            Authorized(context, standIn) ?? Task.FromResult(standIn.Find(mediaId) is { } media ? Results.Bytes(media.Content, media.MimeType) : Error(404, "Unknown media id.", 100)));
        graph.MapGet("/{version}/{mediaId}", (HttpContext context, string version, string mediaId) =>
            Authorized(context, standIn) ?? Task.FromResult(Describe(standIn, version, mediaId)));
    }

    private static Task<IResult>? Authorized(HttpContext context, DemoWhatsAppStandIn standIn)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var expected = "Bearer " + standIn.AccessToken;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), Encoding.UTF8.GetBytes(expected))
            ? null
            : Task.FromResult(Error(401, "Invalid OAuth access token.", 190));
    }

    private static async Task<IResult> SendAsync(HttpContext context, DemoWhatsAppStandIn standIn, KernelTime time, string version, string phoneNumberId)
    {
        if (!VersionPattern().IsMatch(version))
        {
            return Error(400, "Unknown API version.", 100);
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Error(400, "The body is not JSON.", 100);
        }

        using (document)
        {
            var body = document.RootElement;
            if (body.ValueKind != JsonValueKind.Object || Text(body, "messaging_product") != "whatsapp" || Text(body, "to") is not { Length: > 0 } to)
            {
                return Error(400, "(#100) messaging_product must be whatsapp and to is required.", 100);
            }

            var sent = standIn.Record(version, phoneNumberId, body, time.GetUtcNow());
            return Results.Json(new
            {
                messaging_product = "whatsapp",
                contacts = new[] { new { input = to, wa_id = to } },
                messages = new[] { new { id = sent.Id } },
            });
        }
    }

    private static async Task<IResult> UploadAsync(HttpContext context, DemoWhatsAppStandIn standIn, string version)
    {
        if (!VersionPattern().IsMatch(version) || !context.Request.HasFormContentType)
        {
            return Error(400, "A multipart upload is required.", 100);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (form.Files.Count != 1 || form.Files[0] is not { Length: > 0 and <= DemoWhatsAppStandIn.MaxMediaBytes } file)
        {
            return Error(400, $"One file of 1 to {DemoWhatsAppStandIn.MaxMediaBytes} bytes is required.", 100);
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, context.RequestAborted).ConfigureAwait(false);
        var type = form["type"].ToString() is { Length: > 0 } declared ? declared : file.ContentType ?? "application/octet-stream";
        return standIn.Store(content.ToArray(), type) is { } id ? Results.Json(new { id }) : Error(400, "The stand-in keeps at most 100 files.", 100);
    }

    private static IResult Describe(DemoWhatsAppStandIn standIn, string version, string mediaId)
    {
        if (!VersionPattern().IsMatch(version) || standIn.Find(mediaId) is not { } media || standIn.BaseUrl is not { } baseUrl)
        {
            return Error(404, "Unknown media id.", 100);
        }

        return Results.Json(new
        {
            messaging_product = "whatsapp",
            url = $"{baseUrl.AbsoluteUri.TrimEnd('/')}/files/{Uri.EscapeDataString(mediaId)}",
            mime_type = media.MimeType,
            file_size = media.Content.Length,
            id = mediaId,
        });
    }

    private static IResult Error(int status, string message, int code) =>
        Results.Json(new { error = new { message, type = "OAuthException", code } }, statusCode: status);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"^v[0-9]{1,3}\.[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
