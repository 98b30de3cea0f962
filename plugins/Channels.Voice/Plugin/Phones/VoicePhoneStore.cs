using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Storage;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Phones;

/// <summary>
/// Agents' SIP device accounts, persisted in the plugin's store (collection <c>phones</c>) and served to the registrar
/// from memory: a REGISTER never reaches storage. The cache is loaded at start, updated by every write made here, and
/// re-read from storage every <see cref="RefreshInterval"/> (another node's rotation reaches this one within it).
/// <para>
/// At start the <c>phones</c> setting is reconciled with storage: an account not stored yet is created from it; an
/// account that still only mirrors the setting (never rotated, re-assigned or removed through the API) follows it, so a
/// changed setting (digests, agent, realm) applies and an account dropped from it is deleted; an account the API
/// touched is the store's from then on and the setting no longer changes it (nor brings it back once removed).
/// </para>
/// </summary>
internal sealed partial class VoicePhoneStore(IPluginStore store, VoiceOptions options, VoicePhoneAgents agents, TimeProvider time, ILogger<VoicePhoneStore> logger)
    : ISipCredentialStore, IPluginBackgroundService, IDisposable
{
    public const string Collection = "phones";
    public const string FromConfiguration = "configuration";
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, StoredDocument<VoicePhoneAccount>> _accounts = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writes = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private Task? _loading;
    private Task _refreshing = Task.CompletedTask;
    private long _writeCount;

    private IDocumentCollection<VoicePhoneAccount> Documents => store.Collection<VoicePhoneAccount>(Collection);

    /// <summary>
    /// Starts loading (and seeding from the setting) without holding up the plugin's start: with hundreds of phones on
    /// a remote store the seeding takes longer than the host lets a background service start. A REGISTER that comes
    /// meanwhile waits for the load (<see cref="FindAsync"/>); a failed load is logged and tried again by the next one.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = LoadLoggedAsync();
        _refreshing = RefreshLoopAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    private async Task LoadLoggedAsync()
    {
        try
        {
            await EnsureLoadedAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogRefreshFailed(logger, ex);
            return;
        }

        await CheckConfiguredAgentsAsync(_stopping.Token).ConfigureAwait(false);
    }

    /// <summary>
    /// Warns (7154) of each account of the <c>phones</c> setting whose agent is no agent of the directory, and keeps it:
    /// the setting is the operator's, and a supervisor's monitoring phone is named by the user name, which the SDK cannot
    /// check. Runs after loading, so REGISTERs never wait for it.
    /// </summary>
    private async Task CheckConfiguredAgentsAsync(CancellationToken cancellationToken)
    {
        foreach (var phone in options.Phones)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            switch (await agents.CheckAsync(phone.AgentId, cancellationToken).ConfigureAwait(false))
            {
                case VoiceAgentCheck.Unknown:
                    LogUnknownAgent(logger, phone.User, phone.AgentId);
                    break;
                case VoiceAgentCheck.Unchecked:
                    LogAgentsUnchecked(logger);
                    return;
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _refreshing.ConfigureAwait(false);
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _writes.Dispose();
    }

    /// <summary>The registrar's lookup: from memory once loaded; only usable accounts of this realm answer.</summary>
    public ValueTask<SipCredential?> FindAsync(string realm, string username, CancellationToken cancellationToken)
    {
        var loading = EnsureLoadedAsync();
        return loading.IsCompletedSuccessfully ? ValueTask.FromResult(Credential(realm, username)) : Slow(loading, realm, username, cancellationToken);

        async ValueTask<SipCredential?> Slow(Task load, string r, string u, CancellationToken ct)
        {
            await load.WaitAsync(ct).ConfigureAwait(false);
            return Credential(r, u);
        }
    }

    /// <summary>Every account (removed ones excluded), by SIP user.</summary>
    public async Task<IReadOnlyList<VoicePhoneAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            return [.. _accounts.Values.Select(d => d.Value).Where(a => !a.Removed).OrderBy(a => a.User, StringComparer.Ordinal)];
        }
    }

    /// <summary>The account of <paramref name="user"/>, if it exists (not removed).</summary>
    public async Task<VoicePhoneAccount?> GetAsync(string user, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            return _accounts.TryGetValue(user, out var stored) && !stored.Value.Removed ? stored.Value : null;
        }
    }

    /// <summary>
    /// Replaces the account's digests with those of <paramref name="secret"/> for the plugin's realm (the secret is then
    /// forgotten); <see langword="null"/> when there is no such account.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Another node changed the account at the same moment.</exception>
    public Task<VoicePhoneAccount?> RotateAsync(string user, string secret, string actor, CancellationToken cancellationToken) =>
        WriteAsync(user, current => current is { Removed: false } account
            ? account with
            {
                Realm = options.Realm,
                Ha1Md5 = SipDigestAlgorithm.Ha1(SipDigestAlgorithm.Md5, user, options.Realm, secret),
                Ha1Sha256 = SipDigestAlgorithm.Ha1(SipDigestAlgorithm.Sha256, user, options.Realm, secret),
                RotatedAt = time.GetUtcNow(),
                RotatedBy = actor,
                Version = account.Version + 1,
                Managed = true,
            }
            : null, cancellationToken);

    /// <summary>
    /// Creates the account for <paramref name="agentId"/> (no secret yet: a rotation gives it one), or re-assigns it to
    /// another agent, which clears its secret (the previous agent knew it). The same agent again changes nothing.
    /// Returns the account before (null when created) and after.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Another node changed the account at the same moment.</exception>
    public async Task<(VoicePhoneAccount? Before, VoicePhoneAccount After)> AssignAsync(string user, string agentId, CancellationToken cancellationToken)
    {
        VoicePhoneAccount? before = null;
        var after = await WriteAsync(user, current =>
        {
            before = current is { Removed: false } ? current : null;
            return before switch
            {
                null => new VoicePhoneAccount { User = user, AgentId = agentId, Realm = options.Realm, Managed = true, Version = (current?.Version ?? 0) + 1 },
                { AgentId: var same } when same == agentId => before,
                _ => before with { AgentId = agentId, Ha1Md5 = string.Empty, Ha1Sha256 = string.Empty, RotatedAt = null, RotatedBy = null, Version = before.Version + 1, Managed = true },
            };
        }, cancellationToken).ConfigureAwait(false);
        return (before, after!);
    }

    /// <summary>Removes the account (a tombstone without digests stays, so the setting cannot bring it back); false when there is none.</summary>
    /// <exception cref="ConcurrencyConflictException">Another node changed the account at the same moment.</exception>
    public async Task<bool> RemoveAsync(string user, CancellationToken cancellationToken)
    {
        var removed = false;
        await WriteAsync(user, current =>
        {
            removed = current is { Removed: false };
            return removed
                ? current! with { Removed = true, Ha1Md5 = string.Empty, Ha1Sha256 = string.Empty, Version = current.Version + 1, Managed = true }
                : current;
        }, cancellationToken).ConfigureAwait(false);
        return removed;
    }

    /// <summary>
    /// The account of SIP user <paramref name="user"/> (case-insensitive, as SIP user parts are compared here), from
    /// memory; null when there is none or it was removed. Consultations and REFER targets name phones this way.
    /// </summary>
    public VoicePhoneAccount? Account(string? user)
    {
        if (string.IsNullOrEmpty(user))
        {
            return null;
        }

        lock (_gate)
        {
            if (_accounts.TryGetValue(user, out var exact))
            {
                return exact.Value.Removed ? null : exact.Value;
            }

            return _accounts.Values.Select(d => d.Value).FirstOrDefault(a => !a.Removed && string.Equals(a.User, user, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>
    /// The SIP user whose registered phone rings for <paramref name="agentId"/>: the account assigned to that agent
    /// (the first by user name when an agent has several), else the agent id itself. Accounts created or re-assigned
    /// through the API count at once; removed ones never do.
    /// </summary>
    public string PhoneUserFor(string agentId)
    {
        lock (_gate)
        {
            return _accounts.Values.Select(d => d.Value)
                .Where(a => !a.Removed && string.Equals(a.AgentId, agentId, StringComparison.Ordinal))
                .Select(a => a.User)
                .Order(StringComparer.Ordinal)
                .FirstOrDefault() ?? agentId;
        }
    }

    private SipCredential? Credential(string realm, string username)
    {
        lock (_gate)
        {
            return _accounts.TryGetValue(username, out var stored) && stored.Value.Usable
                && string.Equals(stored.Value.Realm, realm, StringComparison.OrdinalIgnoreCase)
                ? new SipCredential(username, stored.Value.Realm, stored.Value.Ha1Md5, stored.Value.Ha1Sha256)
                : null;
        }
    }

    /// <summary>
    /// One read-change-write of an account from storage (not the cache: another node may have changed it), with the
    /// stored version as the condition; <paramref name="change"/> returning the same instance (or null) writes nothing.
    /// </summary>
    private async Task<VoicePhoneAccount?> WriteAsync(string user, Func<VoicePhoneAccount?, VoicePhoneAccount?> change, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        await _writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await Documents.GetAsync(user, cancellationToken).ConfigureAwait(false);
            var next = change(current?.Value);
            if (next is null || ReferenceEquals(next, current?.Value))
            {
                return next;
            }

            var written = current is null
                ? await Documents.InsertAsync(user, next, cancellationToken).ConfigureAwait(false)
                : await Documents.ReplaceAsync(user, next, current.Version, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _writeCount);
            Keep(written);
            return next;
        }
        finally
        {
            _writes.Release();
        }
    }

    private void Keep(StoredDocument<VoicePhoneAccount> document)
    {
        lock (_gate)
        {
            if (!_accounts.TryGetValue(document.Id, out var cached) || cached.Version <= document.Version)
            {
                _accounts[document.Id] = document;
            }
        }
    }

    private Task EnsureLoadedAsync()
    {
        lock (_gate)
        {
            if (_loading is null || _loading.IsFaulted || _loading.IsCanceled)
            {
                _loading = LoadAsync();
            }

            return _loading;
        }
    }

    private async Task LoadAsync()
    {
        var stored = await ReadAllAsync(CancellationToken.None).ConfigureAwait(false);
        foreach (var phone in options.Phones)
        {
            var wanted = new VoicePhoneAccount
            {
                User = phone.User, AgentId = phone.AgentId, Realm = options.Realm, Ha1Md5 = phone.Ha1Md5.ToLowerInvariant(),
                Ha1Sha256 = phone.Ha1Sha256.ToLowerInvariant(), RotatedAt = time.GetUtcNow(), RotatedBy = FromConfiguration,
            };
            stored.TryGetValue(phone.User, out var existing);
            try
            {
                if (existing is null)
                {
                    stored[phone.User] = await Documents.InsertAsync(phone.User, wanted, CancellationToken.None).ConfigureAwait(false);
                    LogSeeded(logger, phone.User);
                }
                else if (!existing.Value.Managed && !SameAsConfigured(existing.Value, wanted))
                {
                    stored[phone.User] = await Documents.ReplaceAsync(phone.User, wanted with { Version = existing.Value.Version + 1 }, existing.Version, CancellationToken.None).ConfigureAwait(false);
                    LogFollowed(logger, phone.User);
                }
            }
            catch (ConcurrencyConflictException)
            {
                // Another node reconciled the same account at the same moment: what it stored stands.
                if (await Documents.GetAsync(phone.User, CancellationToken.None).ConfigureAwait(false) is { } fresh)
                {
                    stored[phone.User] = fresh;
                }
            }
        }

        var configured = options.Phones.Select(p => p.User).ToHashSet(StringComparer.Ordinal);
        foreach (var dropped in stored.Values.Where(d => !d.Value.Managed && !configured.Contains(d.Id)).ToList())
        {
            await Documents.DeleteAsync(dropped.Id, dropped.Version, CancellationToken.None).ConfigureAwait(false);
            stored.Remove(dropped.Id);
            LogDropped(logger, dropped.Id);
        }

        lock (_gate)
        {
            _accounts.Clear();
            foreach (var document in stored.Values)
            {
                _accounts[document.Id] = document;
            }
        }
    }

    private static bool SameAsConfigured(VoicePhoneAccount stored, VoicePhoneAccount wanted) =>
        stored.AgentId == wanted.AgentId && stored.Realm == wanted.Realm && stored.Ha1Md5 == wanted.Ha1Md5
        && stored.Ha1Sha256 == wanted.Ha1Sha256 && !stored.Removed;

    private async Task<Dictionary<string, StoredDocument<VoicePhoneAccount>>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, StoredDocument<VoicePhoneAccount>>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await Documents.QueryAsync(new DocumentQuery { PageSize = DocumentQuery.MaxPageSize, ContinuationToken = token }, cancellationToken).ConfigureAwait(false);
            foreach (var document in page.Items)
            {
                all[document.Id] = document;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }

    /// <summary>Re-reads storage now and then: newer versions replace cached ones; accounts gone from storage go.</summary>
    private async Task RefreshLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RefreshInterval, time, cancellationToken).ConfigureAwait(false);
                var writes = Interlocked.Read(ref _writeCount);
                var stored = await ReadAllAsync(cancellationToken).ConfigureAwait(false);
                foreach (var document in stored.Values)
                {
                    Keep(document);
                }

                lock (_gate)
                {
                    // A write made here while reading may be missing from what was read: removals wait for a quiet round.
                    foreach (var gone in _accounts.Keys.Where(user => !stored.ContainsKey(user)).ToList())
                    {
                        if (Interlocked.Read(ref _writeCount) == writes)
                        {
                            _accounts.Remove(gone);
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A storage hiccup must not end the refresh: the cache stays as it was until the next round.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogRefreshFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(7150, LogLevel.Information, "Voice: SIP phone account {User} created from the phones setting")]
    private static partial void LogSeeded(ILogger logger, string user);

    [LoggerMessage(7151, LogLevel.Information, "Voice: SIP phone account {User} follows the changed phones setting (never changed through the API)")]
    private static partial void LogFollowed(ILogger logger, string user);

    [LoggerMessage(7152, LogLevel.Information, "Voice: SIP phone account {User} deleted: no longer in the phones setting and never changed through the API")]
    private static partial void LogDropped(ILogger logger, string user);

    [LoggerMessage(7154, LogLevel.Warning, "Voice: SIP phone account {User} of the phones setting names {AgentId}, which is no agent of the directory: kept, as a supervisor's monitoring phone (named by the user name) must be; otherwise correct the setting")]
    private static partial void LogUnknownAgent(ILogger logger, string user, string agentId);

    [LoggerMessage(7155, LogLevel.Warning, "Voice: the agents of the phones setting were not checked (the presence.read permission is not approved, or there is no presence service)")]
    private static partial void LogAgentsUnchecked(ILogger logger);

    [LoggerMessage(7153, LogLevel.Warning, "Voice: reading the SIP phone accounts failed; the cached ones (if any) serve until the next try")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
