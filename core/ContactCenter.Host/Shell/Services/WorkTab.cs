using ContactCenter.Kernel.Contacts.Timeline;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Services;

/// <summary>What one workspace tab shows: the interaction, its conversation when it is one, the customer and their history.</summary>
public sealed record WorkTab(
    Interaction Interaction,
    Conversation? Conversation,
    ContactCenter.Kernel.Contacts.Contact? Contact,
    Queue? Queue)
{
    /// <summary>The customer's timeline across channels (newest first), loaded once the agent holds the interaction.</summary>
    public TimelinePage? History { get; init; }

    /// <summary>The customer's record in the CRM, when a CRM connector provides one (field name, value).</summary>
    public IReadOnlyDictionary<string, string>? Crm { get; init; }

    /// <summary>The disposition codes the wrap-up form offers, loaded when the contact enters wrap-up.</summary>
    public IReadOnlyList<ShellDisposition>? Dispositions { get; init; }
}
