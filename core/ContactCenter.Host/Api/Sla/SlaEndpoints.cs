using ContactCenter.Kernel.Sla;
using ContactCenter.Sdk;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Sla;

/// <summary>Maps <c>/api/v1/sla</c>.</summary>
internal static class SlaEndpoints
{
    public static IEndpointRouteBuilder MapSlaEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/sla", GetAsync).WithTags("SLA").WithName("GetSla")
            .WithSummary("Availability over 1 h, 24 h and 30 d against the target, error budget left and burn-rate alerts firing.")
            .RequirePermission(Permissions.SlaRead);
        return endpoints;
    }

    private static async Task<Ok<SlaReport>> GetAsync([FromServices] ISlaService sla, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sla.GetReportAsync(cancellationToken).ConfigureAwait(false));
}
