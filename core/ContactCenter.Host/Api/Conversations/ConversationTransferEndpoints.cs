using System.Text.Json;
using ContactCenter.Host.Api.Limits;
using ContactCenter.Host.Security.Audit;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Kernel;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Conversations;

/// <summary>Maps <c>POST /api/v1/conversations/{id}/transfer</c>: the conversation's agent hands it to a queue or another agent.</summary>
internal static class ConversationTransferEndpoints
{
    public static IEndpointRouteBuilder MapConversationTransferEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/conversations/{id}/transfer", TransferAsync).WithTags("Conversations").WithMetadata(JsonBodyLimitMetadata.Instance)
            .WithName("TransferConversation")
            .WithSummary("The conversation's agent transfers it to a queue or another signed-in agent, with an optional private note for the receiving agent (audited).")
            .RequirePermission(Permissions.InteractionsHandle);
        return endpoints;
    }

    private static async Task<Ok<Conversation>> TransferAsync(string id, [FromBody] ConversationTransfer? body, HttpContext context,
        [FromServices] IKernelConversationService service, [FromServices] IAuditLog audit)
    {
        var transfer = body ?? throw new InvalidRequestException("body", "A JSON body is required.");

        // An agent's own credential acts only as that agent; the administrator token may act for any agent.
        if (context.User.FindFirst(PermissionClaims.AgentId)?.Value is { } caller && transfer.AgentId is not null && caller != transfer.AgentId)
        {
            throw new PermissionDeniedException("conversation.not-yours", null, $"This credential acts as agent '{caller}', not '{transfer.AgentId}'.");
        }

        var before = await service.GetAsync(id, context.RequestAborted).ConfigureAwait(false);
        var after = await service.TransferAsync(id, transfer, context.RequestAborted).ConfigureAwait(false);
        await audit.AppendAsync(new AuditEntry(AuditTrailMiddleware.ActorOf(context.User), "conversation.transferred", $"conversation/{id}")
        {
            BeforeDigest = Digest(before),
            AfterDigest = Digest(after),
            Detail = transfer.ToQueueId is { } queue ? $"agent {transfer.AgentId} to queue {queue}" : $"agent {transfer.AgentId} to agent {transfer.ToAgentId}",
            SourceIp = context.Connection.RemoteIpAddress?.ToString(),
            CorrelationId = AuditActor.CorrelationId,
        }, CancellationToken.None).ConfigureAwait(false);
        return TypedResults.Ok(after);
    }

    private static string? Digest(Conversation? conversation) =>
        conversation is null ? null : AuditHashing.Digest(JsonSerializer.Serialize(conversation, KernelJson.Options));
}
