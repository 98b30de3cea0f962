using System.Security.Cryptography;
using System.Text;
using ContactCenter.Kernel.Security;

namespace ContactCenter.Kernel.Audit.Signing;

/// <summary>
/// The checkpoint signing keys, outside the store in <c>{DataDirectory}/secrets/audit/</c>: <c>{keyId}.key</c> (PKCS#8 PEM,
/// mode 0600), <c>{keyId}.pub</c> (public key, what auditors are given) and <c>current</c> (the key id in use).
/// Rotation adds a key and switches to it; old public keys stay so old checkpoints still verify.
/// </summary>
public sealed class AuditKeyRing : IDisposable
{
    private const string CurrentFile = "current";
    private readonly Lock _gate = new();
    private readonly string _directory;
    private ECDsa? _current;
    private string? _currentId;

    /// <summary>Opens the key ring in <paramref name="directory"/>, creating a first key when there is none.</summary>
    /// <param name="directory">The directory (<c>{DataDirectory}/secrets/audit</c>).</param>
    public AuditKeyRing(string directory)
    {
        _directory = Path.GetFullPath(directory);
    }

    /// <summary>The key ring's directory.</summary>
    public string Directory => _directory;

    /// <summary>The id of the key that signs new checkpoints.</summary>
    public string CurrentKeyId
    {
        get
        {
            lock (_gate)
            {
                EnsureLoaded();
                return _currentId!;
            }
        }
    }

    /// <summary>The key id of a public key: the first 16 hex digits of the SHA-256 of its SubjectPublicKeyInfo.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The id.</returns>
    public static string KeyIdOf(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
    }

    /// <summary>Reads every public key (<c>*.pub</c>) of a directory, keyed by id; what a verifier trusts.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The keys (empty when the directory does not exist).</returns>
    public static IReadOnlyDictionary<string, ECDsa> LoadPublicKeys(string directory)
    {
        var keys = new Dictionary<string, ECDsa>(StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(directory))
        {
            return keys;
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*.pub"))
        {
            var key = ImportPublicKey(File.ReadAllText(file));
            keys[KeyIdOf(key)] = key;
        }

        return keys;
    }

    /// <summary>Reads a public key from PEM text (<c>-----BEGIN PUBLIC KEY-----</c>).</summary>
    /// <param name="pem">The PEM text.</param>
    /// <returns>The key.</returns>
    public static ECDsa ImportPublicKey(string pem)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        return key;
    }

    /// <summary>Signs <paramref name="payload"/> with the current key.</summary>
    /// <param name="payload">The bytes.</param>
    /// <returns>The key id and the signature.</returns>
    public (string KeyId, byte[] Signature) Sign(ReadOnlySpan<byte> payload)
    {
        lock (_gate)
        {
            EnsureLoaded();
            return (_currentId!, _current!.SignData(payload, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        }
    }

    /// <summary>Creates a new key and makes it current; earlier public keys stay for verification.</summary>
    /// <returns>The new key id.</returns>
    public string Rotate()
    {
        lock (_gate)
        {
            _current?.Dispose();
            (_current, _currentId) = Create();
            return _currentId;
        }
    }

    /// <summary>The public keys of this ring, by id.</summary>
    /// <returns>The keys.</returns>
    public IReadOnlyDictionary<string, ECDsa> PublicKeys()
    {
        lock (_gate)
        {
            EnsureLoaded();
            return LoadPublicKeys(_directory);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _current?.Dispose();

    private void EnsureLoaded()
    {
        if (_current is not null)
        {
            return;
        }

        var currentPath = Path.Combine(_directory, CurrentFile);
        if (File.Exists(currentPath))
        {
            var id = File.ReadAllText(currentPath).Trim();
            var keyPath = Path.Combine(_directory, id + ".key");
            if (!File.Exists(keyPath))
            {
                throw new InvalidOperationException($"The audit signing key {keyPath} named by {currentPath} is missing; restore it from backup, or delete {currentPath} to start a new key.");
            }

            SecretFiles.RestrictToOwner(keyPath);
            var key = ECDsa.Create();
            key.ImportFromPem(File.ReadAllText(keyPath));
            (_current, _currentId) = (key, id);
            return;
        }

        (_current, _currentId) = Create();
    }

    private (ECDsa Key, string Id) Create()
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var id = KeyIdOf(key);
        SecretFiles.EnsureDirectory(_directory);
        SecretFiles.WriteAtomic(Path.Combine(_directory, id + ".key"), Encoding.ASCII.GetBytes(key.ExportPkcs8PrivateKeyPem()));
        File.WriteAllText(Path.Combine(_directory, id + ".pub"), key.ExportSubjectPublicKeyInfoPem());
        SecretFiles.WriteAtomic(Path.Combine(_directory, CurrentFile), Encoding.ASCII.GetBytes(id + "\n"));
        return (key, id);
    }
}
