using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Metrics;

/// <summary>
/// The kernel's one rule for what the figures count as a customer contact: every interaction except
/// <see cref="Direction.Internal"/> ones (a consultation to a queue, an agent-to-agent call). Internal work is routed
/// as any other (routing must see it to reserve an agent) and occupies the agent, but it is not a contact: queue,
/// line, team, channel and center figures (offered, answered, abandoned, service level, ASA, waits, handled, AHT,
/// transfers) and each agent's handled counts leave it out and count it apart as <c>internal</c>. The live feed, the
/// rebuild from the event log and any history reader apply this same predicate.
/// </summary>
internal static class CustomerContacts
{
    /// <summary>Whether work of this direction counts as a customer contact.</summary>
    public static bool Is(Direction direction) => direction != Direction.Internal;

    /// <summary>Whether this interaction counts as a customer contact.</summary>
    public static bool Is(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return Is(interaction.Direction);
    }
}
