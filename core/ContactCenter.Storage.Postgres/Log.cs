using Microsoft.Extensions.Logging;

namespace ContactCenter.Storage.Postgres;

/// <summary>The store's log messages (event ids 5100-5199). They name servers and migrations, never secrets or document content.</summary>
internal static partial class Log
{
    [LoggerMessage(5100, LogLevel.Information, "PostgreSQL store ready at {Target} (server {ServerVersion}); {Applied} migration(s) applied now")]
    public static partial void StoreReady(ILogger logger, string target, string serverVersion, int applied);

    [LoggerMessage(5101, LogLevel.Information, "Applied migration {Migration} (checksum {Checksum})")]
    public static partial void MigrationApplied(ILogger logger, string migration, string checksum);

    [LoggerMessage(5102, LogLevel.Warning, "Could not release the migration lock; the connection is closed and released it")]
    public static partial void MigrationUnlockFailed(ILogger logger, Exception exception);

    [LoggerMessage(5103, LogLevel.Error, "Cannot open the PostgreSQL store at {Target}: {Reason}")]
    public static partial void StoreUnavailable(ILogger logger, string target, string reason);

    [LoggerMessage(5104, LogLevel.Debug, "Batch attempt {Attempt} was retried: {Reason}")]
    public static partial void BatchRetried(ILogger logger, int attempt, string reason);

    [LoggerMessage(5105, LogLevel.Information, "Collection {Collection} now indexes {Fields}")]
    public static partial void CollectionIndexed(ILogger logger, string collection, string fields);
}
