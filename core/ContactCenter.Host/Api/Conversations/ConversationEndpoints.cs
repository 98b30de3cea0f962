using ContactCenter.Host.Api.Interactions;
using ContactCenter.Host.Api.Limits;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Conversations;

/// <summary>Maps <c>/api/v1/conversations</c>: list and read, take, write replies and private notes, close.</summary>
internal static class ConversationEndpoints
{
    private const int DefaultLimit = 100;

    public static IEndpointRouteBuilder MapConversationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/conversations").WithTags("Conversations").WithMetadata(JsonBodyLimitMetadata.Instance);
        group.MapGet("/", ListAsync).WithName("ListConversations").WithSummary("Conversations, most recently updated first, by status and agent.")
            .RequirePermission(Permissions.InteractionsRead);
        group.MapGet("/{id}", GetAsync).WithName("GetConversation").WithSummary("Reads a conversation.")
            .RequirePermission(Permissions.InteractionsRead);
        group.MapGet("/{id}/messages", MessagesAsync).WithName("ListConversationMessages")
            .WithSummary("Messages after a sequence, oldest first, private notes included.").RequirePermission(Permissions.InteractionsRead);
        group.MapPost("/{id}/take", TakeAsync).WithName("TakeConversation")
            .WithSummary("The agent it was offered to takes it: the offer is accepted and the agent joins.").RequirePermission(Permissions.InteractionsHandle);
        group.MapPost("/{id}/messages", WriteAsync).WithName("WriteConversationMessage")
            .WithSummary("The conversation's agent replies to the customer, or writes a private note (note: true).").RequirePermission(Permissions.InteractionsHandle);
        group.MapPost("/{id}/close", CloseAsync).WithName("CloseConversation")
            .WithSummary("Closes the conversation and its interaction.").RequirePermission(Permissions.InteractionsHandle);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<Conversation>>> ListAsync([FromQuery] ConversationStatus? status, [FromQuery] string? agentId, [FromQuery] int? limit,
        [FromServices] IKernelConversationService service, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 1000)
        {
            throw new InvalidRequestException("limit", "From 1 to 1000.");
        }

        return TypedResults.Ok(await service.ListAsync(status, agentId, limit ?? DefaultLimit, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Ok<Conversation>> GetAsync(string id, [FromServices] IKernelConversationService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("conversation", id));

    private static async Task<Ok<IReadOnlyList<ConversationMessage>>> MessagesAsync(string id, [FromQuery] long? after,
        [FromServices] IKernelConversationService service, CancellationToken cancellationToken)
    {
        _ = await service.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("conversation", id);
        return TypedResults.Ok(await service.GetMessagesAsync(id, after ?? 0, includeNotes: true, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Ok<Conversation>> TakeAsync(string id, [FromBody] AgentActionRequest? body, [FromServices] IKernelConversationService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.TakeAsync(id, body?.AgentId ?? throw new InvalidRequestException("agentId", "Required."), cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<ConversationMessage>> WriteAsync(string id, [FromBody] AgentMessage? body, [FromServices] IKernelConversationService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.WriteAsync(id, body ?? throw new InvalidRequestException("body", "A JSON body is required."), cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<Conversation>> CloseAsync(string id, [FromBody] CloseRequest? body, [FromServices] IKernelConversationService service,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.CloseAsync(id, body?.Disposition, cancellationToken).ConfigureAwait(false));
}
