using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Contacts.Timeline;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Host.Shell.Services;

/// <summary>
/// The customer's history for the agent shell's customer panel, from the kernel's timeline. Agents do not have
/// <c>contacts.read</c>: the shell reads the timeline only of the customer of an interaction the agent holds now
/// (connected or in wrap-up, checked against the agent's presence at each read), and audits every read as the timeline
/// API does (<c>contact.timeline.read</c>). Entries carry no free text (docs/contacts.md).
/// </summary>
public sealed class CustomerHistory(IContactTimeline timeline, IPresenceService presence, IAuditLog audit)
{
    /// <summary>How many of the newest entries the panel shows.</summary>
    public const int PageSize = 20;

    /// <summary>
    /// The newest entries of the timeline of <paramref name="interaction"/>'s customer, or <see langword="null"/> when the
    /// interaction has no contact, the contact is gone, or the agent does not hold the interaction now.
    /// </summary>
    public async Task<TimelinePage?> ForHeldInteractionAsync(string agentId, string actor, Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.ContactId is not { } contactId)
        {
            return null;
        }

        var work = (await presence.GetAsync(agentId, cancellationToken).ConfigureAwait(false)).Work;
        if (!work.Any(w => w.InteractionId == interaction.Id && w.Phase != AgentWorkPhase.Offered))
        {
            return null;
        }

        TimelinePage page;
        try
        {
            page = await timeline.GetAsync(contactId, PageSize, cursor: null, cancellationToken).ConfigureAwait(false);
        }
        catch (EntityNotFoundException)
        {
            return null;
        }

        // Recorded before the customer data reaches the browser, as for every read of it.
        await audit.AppendAsync(new AuditEntry(actor, "contact.timeline.read", $"contact/{page.ContactId}")
        {
            CorrelationId = AuditActor.CorrelationId,
            Detail = $"{page.Items.Count} item(s); agent shell, agent {agentId}, interaction {interaction.Id}",
        }, cancellationToken).ConfigureAwait(false);
        return page;
    }
}
