using ContactCenter.Host.Api.Limits;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Interactions;

/// <summary>Maps <c>/api/v1/interactions</c>: create, read and one POST per lifecycle transition.</summary>
internal static class InteractionEndpoints
{
    public static IEndpointRouteBuilder MapInteractionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/interactions").WithTags("Interactions").WithMetadata(JsonBodyLimitMetadata.Instance).ScopedToTeamInteractions();
        group.MapPost("/", CreateAsync).WithName("CreateInteraction").WithSummary("Creates an interaction in state Created.")
            .RequirePermission(Permissions.InteractionsWrite);
        group.MapGet("/{id}", GetAsync).WithName("GetInteraction").WithSummary("Reads an interaction.")
            .RequirePermission(Permissions.InteractionsRead);

        Transition(group, "enqueue", Permissions.InteractionsWrite, "Puts the interaction in a queue.",
            (InteractionAction<EnqueueRequest>)((s, id, body, ct) => s.EnqueueAsync(id, Required(body), ct)));
        Transition(group, "accept", Permissions.InteractionsHandle, "The offered agent accepts.",
            (InteractionAction<AgentActionRequest>)((s, id, body, ct) => s.AcceptOfferAsync(id, Agent(body), ct)));
        Transition(group, "reject", Permissions.InteractionsHandle, "The offered agent declines; the interaction returns to its queue.",
            (InteractionAction<AgentActionRequest>)((s, id, body, ct) => s.RejectOfferAsync(id, Agent(body), ct)));
        Transition(group, "hold", Permissions.InteractionsHandle, "Puts the customer on hold.", (s, id, ct) => s.HoldAsync(id, ct));
        Transition(group, "resume", Permissions.InteractionsHandle, "Takes the customer off hold.", (s, id, ct) => s.ResumeAsync(id, ct));
        Transition(group, "transfer", Permissions.InteractionsWrite, "Transfers to a queue or an agent on a new leg.",
            (InteractionAction<TransferTarget>)((s, id, body, ct) => s.TransferAsync(id, Required(body), ct)));
        Transition(group, "end", Permissions.InteractionsHandle, "The customer part ended; the agent wraps up.", (s, id, ct) => s.EndContactAsync(id, ct));
        Transition(group, "close", Permissions.InteractionsHandle, "Closes the interaction with a disposition.",
            (InteractionAction<CloseRequest>)((s, id, body, ct) => s.CloseAsync(id, body?.Disposition, ct)));
        Transition(group, "abandon", Permissions.InteractionsWrite, "The customer left before an agent connected.",
            (InteractionAction<ReasonRequest>)((s, id, body, ct) => s.AbandonAsync(id, body?.Reason, ct)));
        Transition(group, "fail", Permissions.InteractionsWrite, "Ends the interaction because of a technical failure.",
            (InteractionAction<ReasonRequest>)((s, id, body, ct) => s.FailAsync(id, Reason(body), ct)));
        return endpoints;
    }

    private delegate ValueTask<Interaction> InteractionAction<in TBody>(IKernelInteractionService service, string id, TBody? body, CancellationToken cancellationToken);

    private static void Transition(RouteGroupBuilder group, string verb, string permission, string summary,
        Func<IKernelInteractionService, string, CancellationToken, ValueTask<Interaction>> action) =>
        group.MapPost($"/{{id}}/{verb}", async Task<Ok<Interaction>> (string id, [FromServices] IKernelInteractionService service, CancellationToken ct) =>
                TypedResults.Ok(await action(service, id, ct).ConfigureAwait(false)))
            .WithName(Name(verb)).WithSummary(summary).RequirePermission(permission);

    private static void Transition<TBody>(RouteGroupBuilder group, string verb, string permission, string summary, InteractionAction<TBody> action)
        where TBody : class =>
        group.MapPost($"/{{id}}/{verb}", async Task<Ok<Interaction>> (string id, [FromBody] TBody? body, [FromServices] IKernelInteractionService service, CancellationToken ct) =>
                TypedResults.Ok(await action(service, id, body, ct).ConfigureAwait(false)))
            .WithName(Name(verb)).WithSummary(summary).RequirePermission(permission);

    private static async Task<Created<Interaction>> CreateAsync([FromBody] NewInteraction request, [FromServices] IKernelInteractionService service, CancellationToken cancellationToken)
    {
        var interaction = await service.CreateAsync(channelPluginId: null, request, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/interactions/{Uri.EscapeDataString(interaction.Id)}", interaction);
    }

    private static async Task<Ok<Interaction>> GetAsync(string id, [FromServices] IKernelInteractionService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("interaction", id));

    private static string Name(string verb) => char.ToUpperInvariant(verb[0]) + verb[1..] + "Interaction";

    private static T Required<T>(T? body) where T : class =>
        body ?? throw new InvalidRequestException("body", "A JSON body is required.");

    private static string Agent(AgentActionRequest? body) =>
        string.IsNullOrWhiteSpace(body?.AgentId) ? throw new InvalidRequestException("agentId", "Required.") : body.AgentId;

    private static string Reason(ReasonRequest? body) =>
        string.IsNullOrWhiteSpace(body?.Reason) ? throw new InvalidRequestException("reason", "Required.") : body.Reason;
}
