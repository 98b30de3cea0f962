using System.Security.Cryptography;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Security.Encryption.Providers;

/// <summary>
/// Master keys in a private file, <c>{DataDirectory}/secrets/master-keys.json</c> by default (mode 0600), generated on
/// first use. Rotation adds a version and makes it current; older versions stay to unwrap what they wrapped.
/// </summary>
internal sealed partial class FileMasterKeyProvider(
    IOptions<EncryptionOptions> options,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<FileMasterKeyProvider> logger) : IMasterKeyProvider, IMasterKeyGenerator, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private MasterKeyFile? _file;

    public string Name => EncryptionOptions.FileProvider;

    public string Path => options.Value.KeyFile is { Length: > 0 } configured
        ? System.IO.Path.GetFullPath(configured)
        : System.IO.Path.Combine(storage.Value.FullDataDirectory, "secrets", "master-keys.json");

    public async ValueTask<string> GetCurrentKeyIdAsync(CancellationToken cancellationToken) => (await LoadAsync(cancellationToken).ConfigureAwait(false)).Current;

    public async ValueTask<IReadOnlyList<string>> ListKeyIdsAsync(CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken).ConfigureAwait(false)).Keys.Select(k => k.Id).ToArray();

    public async ValueTask<WrappedDataKey> WrapAsync(ReadOnlyMemory<byte> dataKey, string context, CancellationToken cancellationToken)
    {
        var file = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return new WrappedDataKey(file.Current, Use(file, file.Current, key => MasterKeyWrap.Wrap(key, file.Current, dataKey.Span, context)));
    }

    public async ValueTask<byte[]> UnwrapAsync(WrappedDataKey wrapped, string context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        if (_file is null && !File.Exists(Path))
        {
            // A new key could never unwrap what an older one wrapped: say the file is missing instead of creating one.
            throw new KeyNotFoundException($"Master key '{wrapped.MasterKeyId}' cannot be read: the key file {Path} does not exist (restore it from its copy).");
        }

        var file = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Use(file, wrapped.MasterKeyId, key => MasterKeyWrap.Unwrap(key, wrapped.MasterKeyId, wrapped.Ciphertext.Span, context));
    }

    public async ValueTask<string> CreateKeyAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var next = (_file ?? ReadOrCreate()).AddVersion(time.GetUtcNow());
            SecretFiles.WriteAtomic(Path, next.Serialize());
            _file = next;
            LogCreated(next.Current, Path);
            return next.Current;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async ValueTask<MasterKeyFile> LoadAsync(CancellationToken cancellationToken)
    {
        if (_file is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _file ??= ReadOrCreate();
        }
        finally
        {
            _gate.Release();
        }
    }

    private MasterKeyFile ReadOrCreate()
    {
        var path = Path;
        if (!File.Exists(path))
        {
            var created = MasterKeyFile.New(time.GetUtcNow());
            SecretFiles.WriteAtomic(path, created.Serialize());
            LogCreated(created.Current, path);
            return created;
        }

        if (SecretFiles.RestrictToOwner(path))
        {
            LogTightened(path);
        }

        return MasterKeyFile.Parse(path, File.ReadAllBytes(path));
    }

    private T Use<T>(MasterKeyFile file, string id, Func<byte[], T> action)
    {
        var entry = file.Keys.FirstOrDefault(k => k.Id == id)
            ?? throw new KeyNotFoundException($"Master key '{id}' is not in the key file {Path}.");
        var key = Convert.FromBase64String(entry.Key);
        try
        {
            return action(key);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Created master key {MasterKeyId} in {Path}; keep a copy of this file apart from backups of the data")]
    private partial void LogCreated(string masterKeyId, string path);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "The master key file {Path} was readable by others; its mode was set to 0600")]
    private partial void LogTightened(string path);
}
