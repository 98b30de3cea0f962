using System.Diagnostics;

namespace ContactCenter.Host.Errors;

/// <summary>RFC 9457 problem responses everywhere, each with the trace id.</summary>
internal static class ProblemServiceCollectionExtensions
{
    public static IServiceCollection AddHostProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            if (!problem.Extensions.ContainsKey("code") && problem.Status is { } status)
            {
                problem.Extensions["code"] = $"http.{status}";
            }
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }
}
