using Dapper;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Connection;

/// <summary>What the store needs of the database beyond a working connection.</summary>
internal static class ServerChecks
{
    /// <summary>
    /// Refuses a database whose encoding is not UTF-8: text such as Spanish names would be refused or mangled, and
    /// byte-wise (<c>COLLATE "C"</c>) order would no longer be code-point order.
    /// </summary>
    public static async ValueTask RequireUtf8Async(NpgsqlConnection connection, ServerTarget target, CancellationToken cancellationToken)
    {
        var encoding = await connection.ExecuteScalarAsync<string>(
            new CommandDefinition("SHOW server_encoding", cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (!string.Equals(encoding, "UTF8", StringComparison.OrdinalIgnoreCase))
        {
            throw new PostgresStoreException(
                $"The PostgreSQL database at {target} uses encoding {encoding}; ContactCenter needs UTF8 (CREATE DATABASE ... ENCODING 'UTF8').");
        }
    }
}
