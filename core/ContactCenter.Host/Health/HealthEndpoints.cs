using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Host.Health;

/// <summary>Maps <c>/livez</c>, <c>/healthz</c> and <c>/readyz</c>.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var health = endpoints.MapGroup(string.Empty).WithTags("Health");
        health.MapGet("/livez", Alive).WithName("Livez").WithSummary("Liveness: the process answers. No dependency is checked.")
            .AllowPublic("Liveness probe for orchestrators; reveals nothing.");
        health.MapGet("/healthz", Alive).WithName("Healthz").WithSummary("Alias of /livez.")
            .AllowPublic("Liveness probe alias; reveals nothing.");
        health.MapGet("/readyz", ReadyAsync).WithName("Readyz")
            .WithSummary("Readiness: store, cluster and each enabled plugin, answered within a second. 503 when a kernel component is unhealthy; 200 with status Degraded when only plugins are.")
            .Produces<ReadinessReport>(StatusCodes.Status200OK)
            .Produces<ReadinessReport>(StatusCodes.Status503ServiceUnavailable)
            .AllowPublic("Readiness probe for load balancers and orchestrators; names components, never secrets.");
        return endpoints;
    }

    private static IResult Alive() => Results.Ok(new LivenessAnswer("Healthy"));

    private static async Task<IResult> ReadyAsync(ReadinessService readiness, HttpContext context)
    {
        var report = await readiness.CheckAsync(context.RequestAborted).ConfigureAwait(false);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(report, statusCode: report.Status == PluginHealthStatus.Unhealthy
            ? StatusCodes.Status503ServiceUnavailable
            : StatusCodes.Status200OK);
    }

    /// <summary>The liveness answer.</summary>
    /// <param name="Status">Always <c>Healthy</c>.</param>
    internal sealed record LivenessAnswer(string Status);
}
