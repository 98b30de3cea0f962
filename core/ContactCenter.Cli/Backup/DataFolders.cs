namespace ContactCenter.Cli.Backup;

/// <summary>The data-directory folders a backup carries besides the store, and their archive prefixes.</summary>
internal static class DataFolders
{
    /// <summary>Installed plugin packages and folders.</summary>
    public const string Plugins = "plugins";

    /// <summary>Master keys and the admin token: archived only when asked for.</summary>
    public const string Secrets = "secrets";

    public const string StorePrefix = "store/";

    public static string Prefix(string folder) => "files/" + folder;
}
