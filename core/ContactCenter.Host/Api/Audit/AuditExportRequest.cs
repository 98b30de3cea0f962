using ContactCenter.Kernel.Audit;

namespace ContactCenter.Host.Api.Audit;

/// <summary>The query string of <c>GET /api/v1/audit/export</c>.</summary>
/// <param name="From">Entries at or after this instant (ISO 8601).</param>
/// <param name="To">Entries before this instant.</param>
/// <param name="Actor">Only this actor.</param>
/// <param name="Target">Only this target, or targets under it when it ends with <c>/</c>.</param>
/// <param name="Action">Only this action.</param>
internal sealed record AuditExportRequest(DateTimeOffset? From, DateTimeOffset? To, string? Actor, string? Target, string? Action)
{
    public AuditQuery ToQuery() => new()
    {
        From = From,
        To = To,
        Actor = string.IsNullOrWhiteSpace(Actor) ? null : Actor,
        Target = string.IsNullOrWhiteSpace(Target) ? null : Target,
        Action = string.IsNullOrWhiteSpace(Action) ? null : Action,
    };
}
