using System.Net.Mime;
using ContactCenter.Host.Security.Audit;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace ContactCenter.Host.Api.Conversations;

/// <summary>Maps the attachment download: the bytes decrypted as they stream, always as a download, audited first.</summary>
internal static class ConversationAttachmentEndpoints
{
    public static IEndpointRouteBuilder MapConversationAttachmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/conversations/{id}/attachments/{attachmentId}", DownloadAsync).WithTags("Conversations")
            .WithName("DownloadConversationAttachment")
            .WithSummary("Downloads an attachment of a conversation (always as a file, never rendered by the browser; audited).")
            .RequirePermission(Permissions.InteractionsRead);
        return endpoints;
    }

    private static async Task DownloadAsync(string id, string attachmentId, HttpContext context, [FromServices] IKernelConversationService service,
        [FromServices] IAuditLog audit)
    {
        await using var opened = await service.OpenAttachmentAsync(null, id, attachmentId, context.RequestAborted).ConfigureAwait(false)
            ?? throw new EntityNotFoundException("attachment", attachmentId);

        // Recorded before any byte leaves, so a download can never go unrecorded.
        await audit.AppendAsync(new AuditEntry(AuditTrailMiddleware.ActorOf(context.User), "conversation.attachment.downloaded", $"conversation/{id}/attachment/{attachmentId}")
        {
            SourceIp = context.Connection.RemoteIpAddress?.ToString(),
            CorrelationId = AuditActor.CorrelationId,
        }, context.RequestAborted).ConfigureAwait(false);
        var disposition = new ContentDispositionHeaderValue(DispositionTypeNames.Attachment);
        disposition.SetHttpFileName(opened.Attachment.FileName);
        context.Response.ContentType = opened.Attachment.ContentType;
        context.Response.ContentLength = opened.Attachment.Length;
        context.Response.Headers.ContentDisposition = disposition.ToString();
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "no-store";
        await opened.Content.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
