using Microsoft.AspNetCore.Diagnostics;

namespace ContactCenter.Host.Errors;

/// <summary>Writes every exception that reaches the pipeline as a problem response; unexpected ones are logged, not shown.</summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
            return true;
        }

        var problem = ProblemMapping.From(exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(exception, httpContext.Request.Method, httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.DisplayName ?? "(no endpoint)");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem })
            .ConfigureAwait(false);
    }

    // The route template, not the path: paths can carry identifiers that are nobody's business in a log.
    [LoggerMessage(EventId = 2201, Level = LogLevel.Error, Message = "Unexpected error handling {Method} {Endpoint}")]
    private partial void LogUnexpected(Exception exception, string method, string endpoint);
}
