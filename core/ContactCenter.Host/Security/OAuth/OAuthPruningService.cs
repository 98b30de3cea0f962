using ContactCenter.Kernel.Identity.OAuth;
using ContactCenter.Kernel.Time;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Security.OAuth;

/// <summary>Runs <see cref="OAuthPruner"/> every <c>CC:OAuth:PruneIntervalMinutes</c> on the kernel's clock.</summary>
internal sealed partial class OAuthPruningService(IServiceScopeFactory scopes, KernelTime time, IOptions<OAuthOptions> options, ILogger<OAuthPruningService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.PruneIntervalMinutes), time.Provider);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var scope = scopes.CreateAsyncScope();
                await using (scope.ConfigureAwait(false))
                {
                    var (tokens, authorizations) = await scope.ServiceProvider.GetRequiredService<OAuthPruner>()
                        .PruneAsync(TimeSpan.FromHours(options.Value.PruneRetentionHours), stoppingToken).ConfigureAwait(false);
                    LogPruned(logger, tokens, authorizations);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed pass (store briefly unavailable) must not stop the job: the next tick tries again.
                LogPruneFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Pruned {Tokens} OAuth token entries and {Authorizations} authorizations.")]
    private static partial void LogPruned(ILogger logger, long tokens, long authorizations);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "Pruning OAuth tokens failed; retrying at the next interval.")]
    private static partial void LogPruneFailed(ILogger logger, Exception exception);
}
