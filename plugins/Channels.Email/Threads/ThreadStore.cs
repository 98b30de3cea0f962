using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Security;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.Email.Threads;

/// <summary>
/// What a reply in a conversation needs: the customer's address, the subject and the Message-IDs to thread on. Each
/// customer mail and each reply sent moves the thread on, so the next reply answers the newest message.
/// </summary>
internal sealed class ThreadStore(IPluginStore store, ISensitiveDataProtector protector)
{
    /// <summary>The most Message-IDs kept for <c>References</c> (the first and the newest ones, as RFC 5322 suggests trimming).</summary>
    public const int MaxReferences = 20;
    private const int MaxAttempts = 8;
    private readonly IDocumentCollection<ThreadDocument> _threads = store.Collection<ThreadDocument>("threads");

    public async ValueTask AddAsync(string conversationId, string channel, string threadId, string customer, string subject, string messageId,
        IReadOnlyList<string> references, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await _threads.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
            try
            {
                if (stored is null)
                {
                    var document = new ThreadDocument(channel, threadId, Protect(conversationId, "customer", customer), Protect(conversationId, "subject", subject), messageId,
                        Trim([.. references, messageId]));
                    await _threads.InsertAsync(conversationId, document, cancellationToken).ConfigureAwait(false);
                }
                else if (!stored.Value.References.Contains(messageId, StringComparer.Ordinal))
                {
                    var moved = stored.Value with { LastMessageId = messageId, References = Trim([.. stored.Value.References, messageId]) };
                    await _threads.ReplaceAsync(conversationId, moved, stored.Version, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Another message of the same conversation was recorded first: read again.
            }
        }
    }

    public async ValueTask<MailThread?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var stored = await _threads.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        var value = stored.Value;
        return new MailThread(value.Channel, value.ThreadId,
            await protector.UnprotectStringAsync(value.Customer, Context(conversationId, "customer"), cancellationToken).ConfigureAwait(false),
            await protector.UnprotectStringAsync(value.Subject, Context(conversationId, "subject"), cancellationToken).ConfigureAwait(false),
            value.LastMessageId, value.References);
    }

    private static List<string> Trim(List<string> references) =>
        references.Count <= MaxReferences ? references : [references[0], .. references.Skip(references.Count - MaxReferences + 1)];

    private string Protect(string conversationId, string field, string value) => protector.ProtectString(value, Context(conversationId, field));

    private static string Context(string conversationId, string field) => $"cc.channels.email/thread/{conversationId}/{field}";
}
