using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.Email.Threads;

/// <summary>
/// When each sender was last acknowledged automatically, per mailbox (collection <c>acks</c>, keyed by a hash of the
/// mailbox and the lower-cased address: no address in clear), so at most one acknowledgement goes to a sender within
/// the window, across restarts and nodes.
/// </summary>
internal sealed class AckLog(IPluginStore store)
{
    private readonly IDocumentCollection<AckRecord> _acks = store.Collection<AckRecord>("acks");

    /// <summary>
    /// Claims the sender's acknowledgement at <paramref name="now"/>: <see langword="false"/> when one was claimed within
    /// <paramref name="window"/> (here or on another node). Claimed before sending, so two mails at once send one.
    /// </summary>
    public async ValueTask<bool> TryClaimAsync(string channel, string address, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        var key = Key(channel, address);
        var stored = await _acks.GetAsync(key, cancellationToken).ConfigureAwait(false);
        try
        {
            if (stored is null)
            {
                await _acks.InsertAsync(key, new AckRecord(now), cancellationToken).ConfigureAwait(false);
                return true;
            }

            if (now - stored.Value.SentAt < window)
            {
                return false;
            }

            await _acks.ReplaceAsync(key, new AckRecord(now), stored.Version, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            // Another mail from the same sender claimed it first.
            return false;
        }
    }

    /// <summary>Gives a claim back when its acknowledgement could not be sent, so the sender's next new mail may have one.</summary>
    public async ValueTask ReleaseAsync(string channel, string address, DateTimeOffset claimedAt, CancellationToken cancellationToken)
    {
        var key = Key(channel, address);
        if (await _acks.GetAsync(key, cancellationToken).ConfigureAwait(false) is { } stored && stored.Value.SentAt == claimedAt)
        {
            try
            {
                await _acks.DeleteAsync(key, stored.Version, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException)
            {
                // Claimed again meanwhile: that claim stands.
            }
        }
    }

    private static string Key(string channel, string address) => MessageIndex.Key($"{channel}\n{address.Trim().ToLowerInvariant()}");
}
