using Npgsql;

namespace ContactCenter.Storage.Postgres.Connection;

/// <summary>
/// Recovers from pooled connections the server has closed (a restart, a failover, an administrator): the first use
/// of each fails. Seeing one such failure, the pool is cleared so the other idle connections go too, and the work is
/// tried again on a fresh connection. Only for work that is safe to repeat (reads, or writes before COMMIT).
/// </summary>
internal static class BrokenConnections
{
    private const int MaxAttempts = 3;

    public static bool IsBroken(Exception exception) => exception switch
    {
        PostgresException pg => pg.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow,
        NpgsqlException { InnerException: IOException or System.Net.Sockets.SocketException } => true,
        _ => false,
    };

    /// <summary>Runs a read, again on a fresh connection if a pooled one turned out to be closed.</summary>
    public static async ValueTask<T> ReadAsync<T>(NpgsqlDataSource dataSource, Func<ValueTask<T>> read)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read().ConfigureAwait(false);
            }
            catch (NpgsqlException ex) when (attempt < MaxAttempts && IsBroken(ex))
            {
                dataSource.Clear();
            }
        }
    }
}
