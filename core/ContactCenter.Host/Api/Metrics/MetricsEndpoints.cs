using ContactCenter.Host.Api.Limits;
using ContactCenter.Kernel.Metrics;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Metrics;

/// <summary>
/// Maps <c>/api/v1/metrics</c>: the real-time snapshot (team-scoped for supervisors) and the alert rules (read with
/// <c>monitoring.read</c>, changed with <c>configuration.manage</c>, audited by the kernel).
/// </summary>
internal static class MetricsEndpoints
{
    public static IEndpointRouteBuilder MapMetricsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/metrics").WithTags("Metrics").WithMetadata(JsonBodyLimitMetadata.Instance);
        group.MapGet("/realtime", RealtimeAsync).WithName("GetRealtimeMetrics")
            .WithSummary("Real-time metrics per queue, team, channel, service line or center (all without scope), with staleness and alerts.")
            .RequirePermission(Permissions.MonitoringRead);
        group.MapGet("/alert-rules", async Task<Ok<IReadOnlyList<MetricAlertRule>>> ([FromServices] IMetricAlertRules rules, CancellationToken ct) =>
                TypedResults.Ok(await rules.ListAsync(ct).ConfigureAwait(false)))
            .WithName("ListMetricAlertRules").WithSummary("Every alert threshold.").RequirePermission(Permissions.MonitoringRead);
        group.MapPut("/alert-rules/{id}", SaveRuleAsync).WithName("SaveMetricAlertRule")
            .WithSummary("Creates or replaces an alert threshold; every problem is listed.").RequirePermission(Permissions.ConfigurationManage);
        group.MapDelete("/alert-rules/{id}", async Task<NoContent> (string id, [FromServices] IMetricAlertRules rules, CancellationToken ct) =>
                await rules.DeleteAsync(id, ct).ConfigureAwait(false) ? TypedResults.NoContent() : throw new EntityNotFoundException("alert-rule", id))
            .WithName("DeleteMetricAlertRule").WithSummary("Deletes an alert threshold.").RequirePermission(Permissions.ConfigurationManage);
        return endpoints;
    }

    private static async Task<Ok<MetricsSnapshot>> RealtimeAsync(HttpContext http, [FromQuery] string? scope, [FromServices] IMetricsReader reader,
        [FromServices] MetricsVisibility visibility, CancellationToken ct)
    {
        MetricScope? kind = scope switch
        {
            null or "" => null,
            "center" => MetricScope.Center,
            "queue" => MetricScope.Queue,
            "team" => MetricScope.Team,
            "channel" => MetricScope.Channel,
            "service-line" => MetricScope.ServiceLine,
            _ => throw new InvalidRequestException("scope", $"Unknown scope '{scope}': use center, queue, team, channel or service-line."),
        };
        return TypedResults.Ok(await visibility.ForAsync(http.User, reader.Snapshot(kind), ct).ConfigureAwait(false));
    }

    private static async Task<Ok<MetricAlertRule>> SaveRuleAsync(string id, [FromBody] MetricAlertRule? rule, [FromServices] IMetricAlertRules rules, CancellationToken ct)
    {
        if (rule is null || !string.Equals(rule.Id, id, StringComparison.Ordinal))
        {
            throw new InvalidRequestException("id", $"The body must be an alert rule whose id is '{id}'.");
        }

        return TypedResults.Ok(await rules.SaveAsync(rule, ct).ConfigureAwait(false));
    }
}
