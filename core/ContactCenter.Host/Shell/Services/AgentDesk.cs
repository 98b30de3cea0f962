using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Dispositions;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Host.Shell.Services;

/// <summary>
/// What the agent does from the shell, as calls on the kernel's services (the same ones the REST API uses, so the
/// rules, audit events and errors are the same). Conversation work goes through the conversation service, which keeps
/// the conversation and its interaction together.
/// </summary>
public sealed class AgentDesk(
    IKernelInteractionService interactions, IKernelConversationService conversations, IContactDirectory contacts, IDirectory directory,
    IDispositionCatalog dispositions, IWrapUpService wrapUps)
{
    /// <summary>Accepts an offer. The kernel refuses a second accept (another tab of the same agent): that is reported, not thrown.</summary>
    public async Task<AcceptOutcome> AcceptAsync(string agentId, string interactionId, CancellationToken cancellationToken)
    {
        try
        {
            var accepted = await interactions.AcceptOfferAsync(interactionId, agentId, cancellationToken).ConfigureAwait(false);
            if (ConversationId(accepted) is { } conversationId && await conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is not null)
            {
                await conversations.TakeAsync(conversationId, agentId, cancellationToken).ConfigureAwait(false);
            }

            return AcceptOutcome.Accepted;
        }
        catch (InvalidTransitionException)
        {
            return AcceptOutcome.Refused;
        }
    }

    public async Task<bool> RejectAsync(string agentId, string interactionId, CancellationToken cancellationToken)
    {
        try
        {
            await interactions.RejectOfferAsync(interactionId, agentId, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (InvalidTransitionException)
        {
            return false;
        }
    }

    public async Task<Interaction?> GetInteractionAsync(string interactionId, CancellationToken cancellationToken) =>
        await interactions.GetAsync(interactionId, cancellationToken).ConfigureAwait(false);

    public async Task<WorkTab?> LoadTabAsync(string interactionId, CancellationToken cancellationToken)
    {
        if (await interactions.GetAsync(interactionId, cancellationToken).ConfigureAwait(false) is not { } interaction)
        {
            return null;
        }

        var conversation = ConversationId(interaction) is { } id ? await conversations.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
        var contact = interaction.ContactId is { } contactId ? await contacts.GetAsync(contactId, cancellationToken).ConfigureAwait(false) : null;
        var queue = interaction.QueueId is { } queueId ? await directory.Queues.GetAsync(queueId, cancellationToken).ConfigureAwait(false) : null;
        return new WorkTab(interaction, conversation, contact, queue);
    }

    /// <summary>
    /// The codes the agent may pick for this interaction, from the disposition catalogue (scoped to its service line, queue
    /// and channel); when no catalogue is defined (open catalogue), the shell's configured list.
    /// </summary>
    public async Task<IReadOnlyList<ShellDisposition>> DispositionsAsync(Interaction interaction, IReadOnlyList<ShellDisposition> fallback, CancellationToken cancellationToken)
    {
        var choices = await dispositions.ListForAsync(interaction, cancellationToken).ConfigureAwait(false);
        return !choices.Enforced ? fallback
            : [.. choices.Options.Select(o => new ShellDisposition
            {
                Code = o.Code,
                En = string.Join(" › ", o.Path.Select(p => p.En)),
                Es = string.Join(" › ", o.Path.Select(p => p.Es)),
                NotesRequired = o.NotesRequired,
            })];
    }

    public async Task<IReadOnlyList<ConversationMessage>> MessagesAsync(string conversationId, long afterSequence, CancellationToken cancellationToken) =>
        await conversations.GetMessagesAsync(conversationId, afterSequence, includeNotes: true, cancellationToken).ConfigureAwait(false);

    public async Task<ConversationMessage> WriteAsync(string conversationId, string agentId, string text, bool note, string clientMessageId,
        CancellationToken cancellationToken) =>
        await conversations.WriteAsync(conversationId, new AgentMessage(agentId, text, clientMessageId, note), cancellationToken).ConfigureAwait(false);

    public async Task EndContactAsync(string interactionId, CancellationToken cancellationToken) =>
        await interactions.EndContactAsync(interactionId, cancellationToken).ConfigureAwait(false);

    /// <summary>Closes the interaction with its disposition (and its conversation, when it is one).</summary>
    public async Task FinishWrapUpAsync(Interaction interaction, DispositionRef disposition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (ConversationId(interaction) is { } conversationId && await conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is not null)
        {
            await conversations.CloseAsync(conversationId, disposition, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await interactions.CloseAsync(interaction.Id, disposition, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Extends the agent's timed wrap-up (WCAG 2.2.1); audited by the kernel with the signed-in user as actor.</summary>
    public async Task<WrapUpExtendResult> ExtendWrapUpAsync(string agentId, string interactionId, string actor, CancellationToken cancellationToken) =>
        await wrapUps.ExtendAsync(agentId, interactionId, actor, cancellationToken).ConfigureAwait(false);

    public async Task HoldAsync(string interactionId, CancellationToken cancellationToken) =>
        await interactions.HoldAsync(interactionId, cancellationToken).ConfigureAwait(false);

    public async Task ResumeAsync(string interactionId, CancellationToken cancellationToken) =>
        await interactions.ResumeAsync(interactionId, cancellationToken).ConfigureAwait(false);

    /// <summary>The conversation an interaction belongs to: digital channels create their interaction with the conversation id as external id.</summary>
    public static string? ConversationId(Interaction interaction) =>
        interaction is { Channel: not (ChannelKind.Voice or ChannelKind.Video), ExternalId: { } id } ? id : null;
}
