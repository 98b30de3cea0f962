namespace ContactCenter.Kernel.Security.Encryption;

/// <summary>Configuration section <c>CC:Encryption</c> (environment: <c>CC__Encryption__…</c>).</summary>
public sealed class EncryptionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Encryption";

    /// <summary>Master keys in a private file in the data directory (the default with a durable store).</summary>
    public const string FileProvider = "File";

    /// <summary>Master keys from configuration (<c>CC__Encryption__MasterKeys__{id}</c>).</summary>
    public const string EnvironmentProvider = "Environment";

    /// <summary>A master key that lives as long as the process (the default with the in-memory store).</summary>
    public const string EphemeralProvider = "Ephemeral";

    /// <summary>
    /// The master key provider by name: <c>File</c>, <c>Environment</c>, <c>Ephemeral</c> or the name of a provider
    /// registered by an extension. Empty: <c>File</c>, or <c>Ephemeral</c> when the store is in memory.
    /// </summary>
    public string? Provider { get; set; }

    /// <summary>The file provider's key file. Empty: <c>{DataDirectory}/secrets/master-keys.json</c>.</summary>
    public string? KeyFile { get; set; }

    /// <summary>The environment provider's master keys: id → base64 of 32 random bytes.</summary>
    public Dictionary<string, string> MasterKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The environment provider's current master key id (new data keys are wrapped with it).</summary>
    public string? CurrentMasterKey { get; set; }

    /// <summary>How often a node re-reads the key ring to pick up a data key another node rotated in. Default one minute.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The provider in force for a store named <paramref name="storeProvider"/>.</summary>
    /// <param name="storeProvider">The store's provider name.</param>
    /// <returns>The provider name.</returns>
    public string EffectiveProvider(string storeProvider) => Provider is { Length: > 0 } configured
        ? configured
        : string.Equals(storeProvider, Storage.StorageOptions.Memory, StringComparison.OrdinalIgnoreCase) ? EphemeralProvider : FileProvider;
}
