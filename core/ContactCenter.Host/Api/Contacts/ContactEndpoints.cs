using ContactCenter.Host.Api.Limits;
using ContactCenter.Host.Identity.Scoping;
using ContactCenter.Host.Security.Audit;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Contacts.Merging;
using ContactCenter.Kernel.Contacts.Timeline;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Contacts;

/// <summary>
/// Maps <c>/api/v1/contacts</c>: a customer's timeline across channels (<c>contacts.read</c>, every read audited as
/// customer data), and merge and unmerge (<c>contacts.manage</c>; the kernel audits each with digests, and the audit
/// trail records every POST as well).
/// </summary>
internal static class ContactEndpoints
{
    public static IEndpointRouteBuilder MapContactEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/contacts").WithTags("Contacts").WithMetadata(JsonBodyLimitMetadata.Instance);
        group.MapGet("/{id}/timeline", TimelineAsync).WithName("GetContactTimeline")
            .WithSummary("The customer's interactions on every channel, newest first, a page at a time (pass back `cursor`); audited.")
            .RequirePermission(Permissions.ContactsRead);
        group.MapPost("/{id}/merge", MergeAsync).WithName("MergeContact")
            .WithSummary("Merges the contact `sourceId` into this one: identities and history move, the source becomes a tombstone. Idempotent.")
            .RequirePermission(Permissions.ContactsManage);
        group.MapPost("/{id}/unmerge", UnmergeAsync).WithName("UnmergeContact")
            .WithSummary("Undoes the merge of `sourceId` into this contact, restoring exactly what was merged. Idempotent.")
            .RequirePermission(Permissions.ContactsManage);
        return endpoints;
    }

    private static async Task<Ok<TimelinePage>> TimelineAsync(string id, HttpContext context, [FromServices] IContactTimeline timeline,
        [FromServices] TeamScope scope, [FromServices] IAuditLog audit, [FromQuery] int? pageSize = null, [FromQuery] string? cursor = null)
    {
        var page = await timeline.GetAsync(id, pageSize ?? 20, cursor, context.RequestAborted).ConfigureAwait(false);

        // Recorded before any customer data leaves, as for every read of it.
        await audit.AppendAsync(new AuditEntry(AuditTrailMiddleware.ActorOf(context.User), "contact.timeline.read", $"contact/{page.ContactId}")
        {
            SourceIp = context.Connection.RemoteIpAddress?.ToString(),
            CorrelationId = AuditActor.CorrelationId,
            Detail = $"{page.Items.Count} item(s)",
        }, context.RequestAborted).ConfigureAwait(false);
        if (!TeamScope.IsScoped(context.User))
        {
            return TypedResults.Ok(page);
        }

        // A team-scoped supervisor sees the interactions of their teams' agents and service lines only; the cursor still
        // walks the whole history, so a page may hold fewer items than asked for.
        var visible = new List<TimelineEntry>(page.Items.Count);
        foreach (var entry in page.Items)
        {
            if (await scope.CanSeeInteractionAsync(context.User, AsInteraction(entry), context.RequestAborted).ConfigureAwait(false))
            {
                visible.Add(entry);
            }
        }

        return TypedResults.Ok(page with { Items = visible });
    }

    private static async Task<Ok<MergeResponse>> MergeAsync(string id, [FromBody] MergeRequest? body, [FromServices] IContactMerger merger, CancellationToken cancellationToken) =>
        TypedResults.Ok(MergeResponse.From(await merger.MergeAsync(id, Source(body), body!.TargetVersion, body.SourceVersion, cancellationToken).ConfigureAwait(false)));

    private static async Task<Ok<MergeResponse>> UnmergeAsync(string id, [FromBody] MergeRequest? body, [FromServices] IContactMerger merger, CancellationToken cancellationToken) =>
        TypedResults.Ok(MergeResponse.From(await merger.UnmergeAsync(id, Source(body), cancellationToken).ConfigureAwait(false)));

    private static string Source(MergeRequest? body) =>
        string.IsNullOrWhiteSpace(body?.SourceId) ? throw new InvalidRequestException("sourceId", "Required: the contact to merge or unmerge.") : body.SourceId;

    private static Interaction AsInteraction(TimelineEntry entry) => new()
    {
        Id = entry.InteractionId, Channel = entry.Channel, Direction = entry.Direction, State = entry.State, Version = 0,
        CreatedAt = entry.CreatedAt, StateChangedAt = entry.StateChangedAt, AgentId = entry.AgentId, ServiceLineId = entry.ServiceLineId,
    };
}
