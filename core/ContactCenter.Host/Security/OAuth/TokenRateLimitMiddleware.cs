using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Security.OAuth;

/// <summary>
/// Limits token endpoint requests per client address (<c>CC:OAuth:TokenPermitsPerMinute</c>). It runs before
/// authentication because OpenIddict answers a bad client secret there, before endpoint rate limiting would see it.
/// </summary>
internal sealed class TokenRateLimitMiddleware(RequestDelegate next, IOptions<OAuthOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.TokenPermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(OAuthEndpoints.Token, StringComparison.OrdinalIgnoreCase))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        using var lease = _limiter.AttemptAcquire(context);
        if (!lease.IsAcquired)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "60";
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    public void Dispose() => _limiter.Dispose();
}
