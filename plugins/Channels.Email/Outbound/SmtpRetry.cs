using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using Polly;
using Polly.Retry;

namespace ContactCenter.Plugins.Channels.Email.Outbound;

/// <summary>
/// Retries a send that failed for a reason that may pass: the network, a dropped connection, a timeout, or a 4xx
/// answer (RFC 5321's transient negative completion). A 5xx answer or a failed sign-in is permanent and not retried.
/// </summary>
internal static class SmtpRetry
{
    public static ResiliencePipeline Create(int maxRetries) =>
        maxRetries <= 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = maxRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(250),
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && IsTransient(ex)),
            }).Build();

    public static bool IsTransient(Exception exception) => exception switch
    {
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        SmtpProtocolException or ServiceNotConnectedException or IOException or SocketException or TimeoutException => true,
        _ => false,
    };
}
