using System.Security.Cryptography;
using ContactCenter.Kernel.Security;
using ContactCenter.Kernel.Storage;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Security.Authentication;

/// <summary>
/// The local administrator token in <c>{DataDirectory}/secrets/admin.token</c> (mode 0600), generated on first run.
/// Whoever can read the data directory administers the platform; the identity capability replaces this.
/// </summary>
internal sealed class AdminTokenFile(IOptions<StorageOptions> storage)
{
    /// <summary>The token file's path relative to the data directory (the CLI reads the same file).</summary>
    public static readonly string RelativePath = System.IO.Path.Combine("secrets", "admin.token");

    private readonly Lock _gate = new();
    private string? _token;

    public string Path => System.IO.Path.Combine(storage.Value.FullDataDirectory, RelativePath);

    /// <summary>The token, creating the file when it does not exist.</summary>
    public string Token
    {
        get
        {
            lock (_gate)
            {
                return _token ??= ReadOrCreate();
            }
        }
    }

    private string ReadOrCreate()
    {
        var path = Path;
        if (File.Exists(path))
        {
            SecretFiles.RestrictToOwner(path);
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length >= 32)
            {
                return existing;
            }
        }

        var token = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        SecretFiles.WriteAtomic(path, System.Text.Encoding.ASCII.GetBytes(token + "\n"));
        return token;
    }
}
