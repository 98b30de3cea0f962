using ContactCenter.Kernel.Storage.Memory;

namespace ContactCenter.Kernel.Tests.Security.Encryption.Keys;

/// <summary>
/// A kernel's encryption set-up with the file key provider: a temporary data directory for the master key file and an
/// in-memory store that outlives each kernel started on it, as the store outlives a restart.
/// </summary>
internal sealed class FileKeyWorkspace : IDisposable
{
    public FileKeyWorkspace(string prefix)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"));
    }

    public string DataDirectory { get; }

    public InMemoryDocumentStore Store { get; } = new(TimeProvider.System);

    public string MasterKeyFile => Path.Combine(DataDirectory, "secrets", "master-keys.json");

    public Dictionary<string, string?> Settings => new()
    {
        ["CC:Storage:DataDirectory"] = DataDirectory,
        ["CC:Encryption:Provider"] = "File",
        ["CC:Contacts:DefaultRegion"] = "CR",
    };

    public void Dispose()
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
