using System.Security.Cryptography;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Identity.OAuth.Keys;

/// <summary>
/// The OAuth server's signing and encryption keys, persisted in the store (<see cref="KernelCollections.OAuthKeys"/>)
/// with the private key encrypted by <see cref="IDataProtector"/> under a context bound to the key id, so a copied or
/// altered key document does not load. Rotation retires the current key of a use and creates a new one; retired keys
/// stay so tokens they issued still validate until they expire.
/// </summary>
public sealed class OAuthKeyRing
{
    private readonly KernelRepository<OAuthKeyRecord> _keys;
    private readonly IDataProtector _protector;
    private readonly KernelTime _time;

    /// <summary>Creates the key ring.</summary>
    public OAuthKeyRing(IDocumentStore store, IDataProtector protector, KernelTime time)
    {
        _keys = new KernelRepository<OAuthKeyRecord>(store, KernelCollections.OAuthKeys);
        _protector = protector;
        _time = time;
    }

    /// <summary>Creates a key for each use that has no current one (first start), then loads every key.</summary>
    public ValueTask<IReadOnlyList<OAuthKey>> EnsureAndLoadAsync(CancellationToken cancellationToken) =>
        EnsureAndLoadAsync(null, cancellationToken);

    /// <summary>
    /// Creates a key for each use that has no current one (first start), then loads the current keys and the keys
    /// retired less than <paramref name="retention"/> ago (the longest token lifetime): older ones no longer validate.
    /// </summary>
    /// <param name="retention">How long a retired key keeps validating; <see langword="null"/> keeps every key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The keys, the current ones first.</returns>
    public async ValueTask<IReadOnlyList<OAuthKey>> EnsureAndLoadAsync(TimeSpan? retention, CancellationToken cancellationToken)
    {
        var stored = await _keys.ListAsync(null, cancellationToken).ConfigureAwait(false);
        foreach (var use in new[] { OAuthKeyUse.Signing, OAuthKeyUse.Encryption })
        {
            if (!stored.Any(k => k.Value.Use == use && k.Value.RetiredAt is null))
            {
                await CreateAsync(use, cancellationToken).ConfigureAwait(false);
            }
        }

        return await LoadAsync(retention, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every key, the current ones first, newest first within a use.</summary>
    public ValueTask<IReadOnlyList<OAuthKey>> LoadAsync(CancellationToken cancellationToken) => LoadAsync(null, cancellationToken);

    /// <summary>The current keys and those retired less than <paramref name="retention"/> ago, the current ones first, newest first within a use.</summary>
    /// <param name="retention">How long a retired key keeps validating; <see langword="null"/> keeps every key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The keys.</returns>
    public async ValueTask<IReadOnlyList<OAuthKey>> LoadAsync(TimeSpan? retention, CancellationToken cancellationToken)
    {
        var stored = await _keys.ListAsync(null, cancellationToken).ConfigureAwait(false);
        var keys = new List<OAuthKey>();
        var oldest = retention is { } kept ? _time.GetUtcNow() - kept : DateTimeOffset.MinValue;
        foreach (var record in stored.Where(k => k.Value.RetiredAt is null || k.Value.RetiredAt > oldest).OrderBy(k => k.Value.RetiredAt is null ? 0 : 1).ThenByDescending(k => k.Value.CreatedAt))
        {
            var pkcs8 = await _protector.UnprotectAsync(Convert.FromBase64String(record.Value.SealedKey), Context(record.Id), cancellationToken).ConfigureAwait(false);
            var rsa = RSA.Create();
            try
            {
                rsa.ImportPkcs8PrivateKey(pkcs8, out _);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(pkcs8);
            }

            keys.Add(new OAuthKey(record.Id, record.Value.Use, record.Value.RetiredAt is null, rsa));
        }

        return keys;
    }

    /// <summary>Every stored key's id, use and dates (no key material), newest first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The keys.</returns>
    public async ValueTask<IReadOnlyList<OAuthKeyInfo>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await _keys.ListAsync(null, cancellationToken).ConfigureAwait(false)).OrderByDescending(k => k.Value.CreatedAt)
            .Select(k => new OAuthKeyInfo(k.Id, k.Value.Use, k.Value.CreatedAt, k.Value.RetiredAt))];

    /// <summary>Retires the current key of <paramref name="use"/> and creates its successor; returns the new key's id.</summary>
    public async ValueTask<string> RotateAsync(string use, CancellationToken cancellationToken)
    {
        if (use is not (OAuthKeyUse.Signing or OAuthKeyUse.Encryption))
        {
            throw new ArgumentException($"Unknown OAuth key use '{use}'; expected '{OAuthKeyUse.Signing}' or '{OAuthKeyUse.Encryption}'.", nameof(use));
        }

        var id = await CreateAsync(use, cancellationToken).ConfigureAwait(false);
        foreach (var current in await _keys.ListAsync(null, cancellationToken).ConfigureAwait(false))
        {
            if (current.Value.Use == use && current.Value.RetiredAt is null && current.Id != id)
            {
                try
                {
                    await _keys.ReplaceAsync(current.Id, current.Value with { RetiredAt = _time.GetUtcNow() }, current.Version, cancellationToken).ConfigureAwait(false);
                }
                catch (ConcurrencyConflictException)
                {
                    // Another node retired it at the same moment: it is retired either way.
                }
            }
        }

        return id;
    }

    private async ValueTask<string> CreateAsync(string use, CancellationToken cancellationToken)
    {
        var id = "ok-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        using var rsa = RSA.Create(2048);
        var pkcs8 = rsa.ExportPkcs8PrivateKey();
        try
        {
            var sealedKey = Convert.ToBase64String(_protector.Protect(pkcs8, Context(id)));
            await _keys.InsertAsync(id, new OAuthKeyRecord(use, _time.GetUtcNow(), null, sealedKey), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }

        return id;
    }

    private static string Context(string id) => $"oauth/key/{id}";
}
