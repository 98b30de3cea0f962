using System.Net;
using Polly;
using Polly.Retry;

namespace ContactCenter.Plugins.Channels.WhatsApp.Graph;

/// <summary>
/// Retries Graph calls that Meta asks to be retried (429 and 5xx) or that failed on the network, honouring
/// <c>Retry-After</c>; a wait longer than <see cref="MaxDelay"/> is not worth holding an agent's send for, so the
/// answer is returned as it is and the agent is told to retry.
/// </summary>
internal static class GraphRetry
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    public static ResiliencePipeline<HttpResponseMessage> Create(int maxRetries) =>
        maxRetries <= 0
            ? ResiliencePipeline<HttpResponseMessage>.Empty
            : new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = maxRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(200),
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException } => true,
                    { Result: { } response } => IsTransient(response.StatusCode) && (RetryAfter(response) ?? TimeSpan.Zero) <= MaxDelay,
                    _ => false,
                }),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter(response) : null),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            }).Build();

    public static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    public static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } when response.Headers.Date is { } now => date - now,
            _ => null,
        };
}
