using System.Net.Sockets;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Connection;

/// <summary>Turns a driver error raised while connecting into a message that says which server and why.</summary>
internal static class ConnectionFailures
{
    /// <summary>Whether <paramref name="exception"/> is a failure to reach or log in to the server.</summary>
    public static bool IsConnectionFailure(Exception exception) =>
        exception is NpgsqlException or SocketException or TimeoutException;

    /// <summary>The reason, in a few words an operator can act on.</summary>
    public static string Reason(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword } => "authentication failed (wrong password)",
        PostgresException { SqlState: PostgresErrorCodes.InvalidAuthorizationSpecification } ex =>
            $"authentication failed ({ex.MessageText})",
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } => "the database does not exist",
        PostgresException { SqlState: PostgresErrorCodes.TooManyConnections } => "the server has too many connections",
        PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow } => "the server is starting up or shutting down",
        PostgresException ex => $"the server refused the connection ({ex.SqlState}: {ex.MessageText})",
        TimeoutException => "timeout: the server did not answer in time",
        SocketException { SocketErrorCode: SocketError.ConnectionRefused } => "connection refused: nothing listens on that host and port",
        SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain } =>
            "host not found",
        SocketException { SocketErrorCode: SocketError.TimedOut } => "timeout: the server did not answer in time",
        SocketException ex => $"network error ({ex.SocketErrorCode})",
        NpgsqlException { InnerException: { } inner } when inner is TimeoutException or SocketException or PostgresException =>
            Reason(inner),
        NpgsqlException { InnerException: IOException { InnerException: SocketException socket } } => Reason(socket),
        NpgsqlException ex when ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase) =>
            "authentication failed (the server asks for a password and none was configured)",
        _ => exception.Message,
    };

    /// <summary>The error to stop start-up with.</summary>
    public static PostgresStoreException Describe(ServerTarget target, Exception exception) =>
        new($"Cannot open the PostgreSQL store at {target}: {Reason(exception)}.", exception);
}
