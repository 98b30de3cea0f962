using System.Globalization;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Connection;

/// <summary>Where the store connects, for messages: host, port, database and user, never the password.</summary>
internal sealed record ServerTarget(string Host, int Port, string Database, string User)
{
    public static ServerTarget From(NpgsqlConnectionStringBuilder builder) => new(
        builder.Host ?? "localhost",
        builder.Port,
        builder.Database ?? builder.Username ?? "(default)",
        builder.Username ?? Environment.UserName);

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "host {0}, port {1}, database {2}, user {3}", Host, Port, Database, User);
}
