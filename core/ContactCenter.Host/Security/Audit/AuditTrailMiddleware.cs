using System.Diagnostics;
using System.Security.Claims;
using ContactCenter.Kernel.Audit;
using Microsoft.AspNetCore.Authentication;

namespace ContactCenter.Host.Security.Audit;

/// <summary>
/// Writes one audit entry for every API call that can change data (POST, PUT, PATCH, DELETE under <c>/api/</c>),
/// including refused ones, and one for every rejected credential. It runs after authentication and before
/// authorization, so a 401 or 403 is recorded as <c>denied</c>. The entry is written as the response starts: a client
/// that got an answer knows its call was audited (when the log cannot be written the answer is a 500).
/// </summary>
internal sealed class AuditTrailMiddleware(RequestDelegate next, IAuditLog log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var actor = ActorOf(context.User);
        var correlation = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        AuditActor.Set(actor, correlation);
        // The authentication middleware keeps only successes; the handler caches its result, so asking again is free.
        var failedCredential = context.User.Identity?.IsAuthenticated != true
            && (await context.AuthenticateAsync().ConfigureAwait(false)).Failure is not null;
        if (failedCredential || IsChange(context.Request))
        {
            context.Response.OnStarting(() => AppendAsync(context, actor, correlation, failedCredential));
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>The audit actor of a principal: its user id, else its name, else <c>anonymous</c>.</summary>
    internal static string ActorOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity.Name ?? "unnamed"
            : "anonymous";

    private static bool IsChange(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)
            || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method));

    private async Task AppendAsync(HttpContext context, string actor, string correlation, bool failedCredential)
    {
        var status = context.Response.StatusCode;

        // The path only: a query string may carry a token (hubs) or personal data.
        var target = context.Request.Path.Value ?? "/";
        var action = failedCredential ? "sign-in.failed" : "http." + context.Request.Method.ToLowerInvariant();
        var outcome = status switch
        {
            StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => AuditOutcomes.Denied,
            < 400 when !failedCredential => AuditOutcomes.Success,
            _ => AuditOutcomes.Failure,
        };
        await log.AppendAsync(new AuditEntry(actor, action, target)
        {
            Outcome = outcome,
            Detail = FormattableString.Invariant($"{context.Request.Method} {status}"),
            SourceIp = context.Connection.RemoteIpAddress?.ToString(),
            CorrelationId = correlation,
        }, context.RequestAborted).ConfigureAwait(false);
    }
}
