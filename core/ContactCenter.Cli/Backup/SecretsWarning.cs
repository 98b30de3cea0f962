namespace ContactCenter.Cli.Backup;

/// <summary>The warning printed whenever master keys go into, or come out of, an archive.</summary>
internal static class SecretsWarning
{
    public static Task WriteAsync(TextWriter error) => error.WriteLineAsync(
        "WARNING: --include-master-keys puts the secrets folder (master keys, admin token) into the archive. " +
        "Anyone holding this file can decrypt every encrypted field in it. Store it apart from ordinary backups, encrypted, " +
        "and prefer keeping master keys in their own vault.");
}
