namespace ContactCenter.Host.Security.Authentication;

/// <summary>Creates the administrator token at start-up so that the CLI finds it as soon as the host runs.</summary>
internal sealed partial class AdminTokenInitializer(AdminTokenFile tokenFile, ILogger<AdminTokenInitializer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = tokenFile.Token;
        LogReady(tokenFile.Path);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Only the path is logged, never the token.
    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "The local administrator token is in {Path}")]
    private partial void LogReady(string path);
}
