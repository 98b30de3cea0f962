namespace ContactCenter.Storage.Postgres;

/// <summary>
/// The PostgreSQL store cannot be used: unreachable server, refused credentials, missing database, a migration that
/// does not match what was applied. The message says which server (never the password) and why.
/// </summary>
public sealed class PostgresStoreException : Exception
{
    /// <summary>Creates the error.</summary>
    public PostgresStoreException()
        : base("The PostgreSQL store cannot be used.")
    {
    }

    /// <summary>Creates the error.</summary>
    /// <param name="message">What is wrong.</param>
    public PostgresStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The driver's error.</param>
    public PostgresStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
