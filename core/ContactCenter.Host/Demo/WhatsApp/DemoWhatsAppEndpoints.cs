using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContactCenter.Host.Demo.Plugins;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Host.Demo.WhatsApp;

/// <summary>
/// The demo's WhatsApp customer (mapped only in demo mode with the stand-in on): <c>POST /demo/whatsapp/messages</c>
/// builds Meta's webhook for <c>{from, name, text}</c>, signs it with the demo app secret (<c>X-Hub-Signature-256</c>) and
/// delivers it to the plugin's webhook; <c>GET /demo/whatsapp/sent</c> lists what the plugin sent to the stand-in.
/// Both need <c>plugins.manage</c>: they speak for customers and show what agents wrote to them.
/// </summary>
internal static class DemoWhatsAppEndpoints
{
    public static IEndpointRouteBuilder MapDemoWhatsApp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/demo/whatsapp/messages", ReceiveAsync).ExcludeFromDescription().RequirePermission(Permissions.PluginsManage);
        endpoints.MapGet("/demo/whatsapp/sent", (DemoWhatsAppStandIn standIn, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Json(standIn.Sent.Select(s => new { s.Id, s.Version, s.PhoneNumberId, s.At, s.Body }));
        }).ExcludeFromDescription().RequirePermission(Permissions.PluginsManage);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, DemoWhatsAppStandIn standIn, DemoPluginCalls calls, KernelTime time)
    {
        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new InvalidRequestException("body", "Malformed JSON; send {from, name, text}. / JSON mal formado.");
        }

        var message = DemoCustomerMessage.Parse(body);
        if (!standIn.Ready)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Stand-in not ready",
                detail: "The WhatsApp plugin did not accept the stand-in's account; see the host log (event 2912). / El sustituto de WhatsApp no está listo.");
        }

        var messageId = $"wamid.demo-in-{Guid.NewGuid():N}";
        var payload = message.ToWebhook(messageId, time.GetUtcNow());
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(standIn.AppSecret), payload));
        var answer = await calls.CallAsync(context.User, DemoWhatsAppStandIn.PluginId, HttpMethods.Post, "/webhook", payload,
            new Dictionary<string, string> { ["X-Hub-Signature-256"] = signature }, context.RequestAborted).ConfigureAwait(false);
        if (!answer.Succeeded)
        {
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Webhook refused",
                detail: $"The WhatsApp plugin answered {answer.Status}: {Encoding.UTF8.GetString(answer.Body)}");
        }

        return Results.Json(new { messageId, from = message.From, phoneNumberId = DemoWhatsAppStandIn.PhoneNumberId }, statusCode: StatusCodes.Status202Accepted);
    }
}
