using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Services;

/// <summary>What one workspace tab shows: the interaction, its conversation when it is one, the customer and their earlier contacts.</summary>
public sealed record WorkTab(
    Interaction Interaction,
    Conversation? Conversation,
    ContactCenter.Kernel.Contacts.Contact? Contact,
    IReadOnlyList<Conversation> Previous,
    Queue? Queue)
{
    /// <summary>The disposition codes the wrap-up form offers, loaded when the contact enters wrap-up.</summary>
    public IReadOnlyList<ShellDisposition>? Dispositions { get; init; }
}
