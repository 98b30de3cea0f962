using System.Globalization;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Plugins.Routing.Predictive;

/// <summary>
/// Turns a closed interaction into an <see cref="OutcomeRecord"/>. Conventions: the agent is the first one who
/// connected; a later leg means the work was transferred; resolved comes from the attribute <c>outcome.resolved</c>
/// (true/false) when present, otherwise from the disposition (any code except <c>system/…</c> codes and codes
/// containing <c>unresolved</c>); the survey score from the attribute <c>survey.score</c> (1–5). Internal work
/// (<see cref="Direction.Internal"/>: a consultation, an agent-to-agent call) is not a customer contact and gives no
/// outcome, as the kernel leaves it out of its figures.
/// </summary>
public static class OutcomeExtractor
{
    /// <summary>The attribute a bot, CRM or wrap-up form sets to say whether the matter was resolved.</summary>
    public const string ResolvedAttribute = "outcome.resolved";

    /// <summary>The attribute carrying the customer's survey score (1–5).</summary>
    public const string SurveyAttribute = "survey.score";

    /// <summary>The outcome of a transition to <see cref="InteractionState.Closed"/>; <see langword="null"/> for any other transition, internal work or work no agent served.</summary>
    /// <param name="change">The transition.</param>
    /// <returns>The outcome or <see langword="null"/>.</returns>
    public static OutcomeRecord? From(InteractionTransitioned change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var interaction = change.Interaction;
        if (change.To != InteractionState.Closed || interaction.Direction == Direction.Internal)
        {
            return null;
        }

        var served = interaction.Legs.Where(l => l.AgentId is not null && l.ConnectedAt is not null).OrderBy(l => l.Number).ToList();
        if (served.Count == 0)
        {
            return null;
        }

        var first = served[0];
        var handle = served.Where(l => l.AgentId == first.AgentId).Sum(l => Math.Max(0, ((l.EndedAt ?? change.At) - l.ConnectedAt!.Value).TotalSeconds));
        return new OutcomeRecord
        {
            InteractionId = interaction.Id, AgentId = first.AgentId!, WorkType = $"{first.QueueId ?? interaction.QueueId}/{interaction.Channel}",
            ContactId = interaction.ContactId, ClosedAt = change.At, HandleSeconds = handle,
            Transferred = interaction.Legs.Any(l => l.Number > first.Number), Resolved = Resolved(interaction), SurveyScore = Survey(interaction),
        };
    }

    private static bool Resolved(Interaction interaction)
    {
        if (interaction.Attributes.TryGetValue(ResolvedAttribute, out var text) && bool.TryParse(text, out var resolved))
        {
            return resolved;
        }

        return interaction.Disposition is { Code: var code }
            && !code.StartsWith("system/", StringComparison.Ordinal)
            && !code.Contains("unresolved", StringComparison.OrdinalIgnoreCase);
    }

    private static int? Survey(Interaction interaction) =>
        interaction.Attributes.TryGetValue(SurveyAttribute, out var text)
        && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5 ? score : null;
}
