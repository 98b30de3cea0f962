namespace ContactCenter.Kernel.Storage;

/// <summary>Configuration section <c>CC:Storage</c> (environment: <c>CC__Storage__…</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Storage";

    /// <summary>The embedded default provider.</summary>
    public const string LiteDb = "LiteDb";

    /// <summary>The in-memory provider (tests, throw-away demos).</summary>
    public const string Memory = "Memory";

    /// <summary>The provider: <c>LiteDb</c> (default) or <c>Memory</c>; <c>Postgres</c> once its provider is installed.</summary>
    public string Provider { get; set; } = LiteDb;

    /// <summary>Where the platform keeps its files: the LiteDB file, plugins, certificates, secrets. Default <c>./data</c>.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The data directory as an absolute path.</summary>
    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}
