using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;

/// <summary>
/// A stand-in for Meta's Graph API on an ephemeral loopback port, speaking its documented shapes: records every
/// <c>POST /{version}/{phone-number-id}/messages</c> (answering a <c>wamid</c>), describes media by id
/// (<c>GET /{version}/{media-id}</c> → url and mime type) and serves the bytes only with the right bearer token.
/// Records every multipart <c>POST /{version}/{phone-number-id}/media</c> (answering a media id). It can be told to
/// answer the next sends with 429 and a Retry-After, every upload with 500, or every message of one type with 400.
/// </summary>
internal sealed class GraphStandIn : IAsyncDisposable
{
    public const string Version = "v21.0";
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (byte[] Content, string MimeType)> _media = new(StringComparer.Ordinal);
    private int _throttleNext;
    private volatile bool _failUploads;
    private volatile string? _refusedType;
    private int _sequence;

    private GraphStandIn(WebApplication app, string token)
    {
        _app = app;
        app.MapPost("/{version}/{phoneNumberId}/messages", async (string version, string phoneNumberId, HttpContext context) =>
        {
            if (!Authorized(context, token))
            {
                return Results.Json(new { error = new { message = "Invalid OAuth access token.", type = "OAuthException", code = 190 } }, statusCode: 401);
            }

            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            if (Interlocked.Decrement(ref _throttleNext) >= 0)
            {
                context.Response.Headers.RetryAfter = "1";
                return Results.Json(new { error = new { message = "Too many messages", code = 130429 } }, statusCode: 429);
            }

            if (_refusedType is { } refused && body.RootElement.TryGetProperty("type", out var type) && type.GetString() == refused)
            {
                return Results.Json(new { error = new { message = $"Messages of type {refused} are refused here", code = 131009 } }, statusCode: 400);
            }

            var id = $"wamid.standin{Interlocked.Increment(ref _sequence)}";
            Sends.Enqueue(new RecordedSend(version, phoneNumberId, body.RootElement.Clone(), id));
            var to = body.RootElement.GetProperty("to").GetString();
            return Results.Json(new { messaging_product = "whatsapp", contacts = new[] { new { input = to, wa_id = to } }, messages = new[] { new { id } } });
        });
        app.MapPost("/{version}/{phoneNumberId}/media", async (string version, string phoneNumberId, HttpContext context) =>
        {
            if (!Authorized(context, token))
            {
                return Results.Json(new { error = new { message = "Invalid OAuth access token.", type = "OAuthException", code = 190 } }, statusCode: 401);
            }

            if (!context.Request.HasFormContentType)
            {
                return Results.Json(new { error = new { message = "Expected multipart/form-data", code = 100 } }, statusCode: 400);
            }

            var form = await context.Request.ReadFormAsync();
            if (_failUploads)
            {
                return Results.Json(new { error = new { message = "An unexpected error has occurred.", code = 131000 } }, statusCode: 500);
            }

            var file = form.Files.GetFile("file");
            using var content = new MemoryStream();
            if (file is not null)
            {
                await file.CopyToAsync(content);
            }

            var id = $"media-out-{Interlocked.Increment(ref _sequence)}";
            Uploads.Enqueue(new RecordedUpload(phoneNumberId, form["messaging_product"], form["type"], file?.FileName, file?.ContentType, content.ToArray(), id));
            return Results.Json(new { id });
        });
        app.MapGet("/{version}/{mediaId}", (string version, string mediaId, HttpContext context) =>
            !Authorized(context, token) ? Results.StatusCode(401)
            : _media.TryGetValue(mediaId, out var media)
                ? Results.Json(new { messaging_product = "whatsapp", url = $"{BaseAddress}download/{mediaId}", mime_type = media.MimeType, sha256 = "x", file_size = media.Content.Length, id = mediaId })
                : Results.Json(new { error = new { message = "Unknown media", code = 100 } }, statusCode: 404));
        app.MapGet("/download/{mediaId}", (string mediaId, HttpContext context) =>
            !Authorized(context, token) ? Results.StatusCode(401)
            : _media.TryGetValue(mediaId, out var media) ? Results.Bytes(media.Content, media.MimeType) : Results.NotFound());
    }

    public ConcurrentQueue<RecordedSend> Sends { get; } = new();

    public ConcurrentQueue<RecordedUpload> Uploads { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<GraphStandIn> StartAsync(string token)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var standIn = new GraphStandIn(builder.Build(), token);
        await standIn._app.StartAsync();
        var address = standIn._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return standIn;
    }

    public void AddMedia(string id, byte[] content, string mimeType) => _media[id] = (content, mimeType);

    public void ThrottleNext(int count) => Volatile.Write(ref _throttleNext, count);

    public void FailUploads(bool fail) => _failUploads = fail;

    /// <summary>Answers 400 to every message of this type (<see langword="null"/>: none), as Meta does for a parameter it refuses.</summary>
    public void RefuseType(string? type) => _refusedType = type;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static bool Authorized(HttpContext context, string token) => context.Request.Headers.Authorization == $"Bearer {token}";
}
