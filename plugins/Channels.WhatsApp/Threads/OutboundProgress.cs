using System.Security.Cryptography;
using System.Text;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.WhatsApp.Threads;

/// <summary>
/// The progress of replies with files (<see cref="OutboundDocument"/>). One kernel message is sent by one call at a
/// time, so the last write wins.
/// </summary>
internal sealed class OutboundProgress(IPluginStore store)
{
    private readonly IDocumentCollection<OutboundDocument> _outbound = store.Collection<OutboundDocument>("outbound");

    public async ValueTask<OutboundDocument> GetAsync(string messageId, int files, int parts, CancellationToken cancellationToken)
    {
        var stored = (await _outbound.GetAsync(Key(messageId), cancellationToken).ConfigureAwait(false))?.Value;
        return stored is not null && stored.MediaIds.Count == files && stored.SentIds.Count == parts
            ? stored
            : new OutboundDocument(new string?[files], new string?[parts]);
    }

    public async ValueTask SaveAsync(string messageId, OutboundDocument progress, CancellationToken cancellationToken) =>
        await _outbound.UpsertAsync(Key(messageId), progress, cancellationToken).ConfigureAwait(false);

    private static string Key(string messageId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..40];
}
