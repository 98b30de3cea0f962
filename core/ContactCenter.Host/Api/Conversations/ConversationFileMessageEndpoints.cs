using ContactCenter.Kernel.Conversations;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactCenter.Host.Api.Conversations;

/// <summary>
/// Maps the agent's reply with files: <c>POST /api/v1/conversations/{id}/messages</c> as <c>multipart/form-data</c>
/// (fields <c>agentId</c>, <c>clientMessageId</c>, <c>text</c> optional, <c>note</c> optional; one or more file parts).
/// Routing picks it over the JSON endpoint by the request's content type. The files follow the customer's rules and
/// are stored encrypted; the channel delivers them. Audited like every API change.
/// </summary>
internal static class ConversationFileMessageEndpoints
{
    /// <summary>The largest multipart body: room for the kernel's largest per-type limit on images, audio and video, and a few documents.</summary>
    public const long MaxBodyBytes = 64L * 1024 * 1024;

    public static IEndpointRouteBuilder MapConversationFileMessageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/conversations/{id}/messages", WriteAsync).WithTags("Conversations")
            .WithName("WriteConversationMessageWithFiles")
            .WithSummary("The conversation's agent replies with files (multipart/form-data: agentId, clientMessageId, text?, note?, files).")
            .Accepts<IFormFileCollection>("multipart/form-data")
            // Bearer or SameSite=Strict session cookie only: a cross-site form cannot carry the agent's credentials.
            .DisableAntiforgery()
            .RequirePermission(Permissions.InteractionsHandle);
        return endpoints;
    }

    private static async Task<Ok<ConversationMessage>> WriteAsync(string id, HttpContext context, [Microsoft.AspNetCore.Mvc.FromServices] IKernelConversationService service,
        CancellationToken cancellationToken)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBodyBytes;
        }

        if (!context.Request.HasFormContentType)
        {
            throw new InvalidRequestException("body", "Send multipart/form-data, or JSON without files.");
        }

        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var note = form["note"].ToString();
        if (note.Length > 0 && !bool.TryParse(note, out _))
        {
            throw new InvalidRequestException("note", "true or false.");
        }

        var attachments = new List<InboundAttachment>(form.Files.Count);
        foreach (var file in form.Files)
        {
            using var buffer = new MemoryStream(checked((int)file.Length));
            await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            attachments.Add(new InboundAttachment { FileName = file.FileName, ContentType = file.ContentType ?? string.Empty, Content = buffer.ToArray() });
        }

        if (attachments.Count == 0)
        {
            throw new InvalidRequestException("files", "At least one file part; send JSON for a message without files.");
        }

        var message = new AgentMessage(form["agentId"].ToString(), form["text"].ToString(), form["clientMessageId"].ToString(),
            note.Length > 0 && bool.Parse(note));
        return TypedResults.Ok(await service.WriteAsync(id, message, attachments, cancellationToken).ConfigureAwait(false));
    }
}
