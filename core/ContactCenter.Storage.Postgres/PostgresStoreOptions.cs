namespace ContactCenter.Storage.Postgres;

/// <summary>
/// Configuration section <c>CC:Storage:Postgres</c> (environment: <c>CC__Storage__Postgres__ConnectionString</c>),
/// used when <c>CC:Storage:Provider</c> is <c>Postgres</c>.
/// </summary>
public sealed class PostgresStoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Storage:Postgres";

    /// <summary>The provider name that selects this store in <c>CC:Storage:Provider</c>.</summary>
    public const string ProviderName = "Postgres";

    /// <summary>
    /// An Npgsql connection string, e.g. <c>Host=db;Port=5432;Database=contactcenter;Username=cc;Password=…</c>.
    /// The tables are created in the first schema of the connection's search path.
    /// </summary>
    public string ConnectionString { get; set; } = string.Empty;
}
