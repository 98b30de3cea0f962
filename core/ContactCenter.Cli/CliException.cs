namespace ContactCenter.Cli;

/// <summary>An error the CLI reports as one line and an exit code, without a stack trace.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="exitCode">One of <see cref="ExitCodes"/>.</param>
    /// <param name="innerException">The cause.</param>
    public CliException(string message, int exitCode, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    /// <summary>Creates a usage error.</summary>
    public CliException()
        : this("Invalid usage.", ExitCodes.Usage)
    {
    }

    /// <summary>Creates a usage error.</summary>
    /// <param name="message">What is wrong.</param>
    public CliException(string message)
        : this(message, ExitCodes.Usage)
    {
    }

    /// <summary>Creates a usage error.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CliException(string message, Exception innerException)
        : this(message, ExitCodes.Usage, innerException)
    {
    }

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }
}
