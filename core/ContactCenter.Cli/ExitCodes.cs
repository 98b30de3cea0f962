namespace ContactCenter.Cli;

/// <summary>The exit codes of <c>cc</c>, for scripts.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>The platform refused the operation (not found, invalid package, conflict); nothing changed.</summary>
    public const int Refused = 1;

    /// <summary>The command line is wrong: unknown command, missing argument, a file that does not exist.</summary>
    public const int Usage = 2;

    /// <summary>The host could not be reached safely: unreachable, certificate not matching the pin, token refused.</summary>
    public const int Connection = 3;

    /// <summary>The host is stopped and the command cannot work offline.</summary>
    public const int OfflineUnavailable = 4;

    /// <summary>A check found a mismatch: <c>cc audit verify</c> (the audit log altered, cut or re-chained), or a backup or
    /// restored store not matching its manifest (counts, checksums, files).</summary>
    public const int VerificationFailed = 5;
}
