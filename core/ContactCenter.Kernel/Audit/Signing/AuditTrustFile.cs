using System.Text.Json;
using ContactCenter.Kernel.Security;

namespace ContactCenter.Kernel.Audit.Signing;

/// <summary>
/// The latest checkpoint, also kept outside the store (<c>{DataDirectory}/secrets/audit/latest-checkpoint.json</c>):
/// someone who deletes the tail of the log together with its checkpoints from the store is still caught, because the
/// verifier compares the store with this file.
/// </summary>
public sealed class AuditTrustFile(string directory)
{
    /// <summary>The file name.</summary>
    public const string FileName = "latest-checkpoint.json";

    /// <summary>The file's path.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetFullPath(directory), FileName);

    /// <summary>Records <paramref name="checkpoint"/> as the latest.</summary>
    /// <param name="checkpoint">The checkpoint.</param>
    public void Write(AuditCheckpoint checkpoint) =>
        SecretFiles.WriteAtomic(Path, JsonSerializer.SerializeToUtf8Bytes(checkpoint, KernelJson.Options));

    /// <summary>The latest checkpoint, or <see langword="null"/> when none was written.</summary>
    /// <returns>The checkpoint.</returns>
    public AuditCheckpoint? Read() =>
        File.Exists(Path) ? JsonSerializer.Deserialize<AuditCheckpoint>(File.ReadAllBytes(Path), KernelJson.Options) : null;
}
