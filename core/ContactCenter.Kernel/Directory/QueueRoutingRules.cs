using ContactCenter.Kernel.Routing;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>
/// The routing parts of a queue: ageing, preferred-agent wait, overflow steps (increasing times, levels, skills the
/// queue requires, queues that exist and lead nowhere back to this one) and a strategy that is built in or installed.
/// </summary>
internal static class QueueRoutingRules
{
    public const double MaxAgeingPerMinute = 99;
    public static readonly TimeSpan MaxPreferredAgentWait = TimeSpan.FromMinutes(10);

    public static async ValueTask CheckAsync(DirectoryRepositories repositories, IRoutingStrategyProvider? strategies, Queue entry, ValidationErrors errors,
        CancellationToken cancellationToken)
    {
        errors.Require(double.IsFinite(entry.PriorityAgeingPerMinute) && entry.PriorityAgeingPerMinute is >= 0 and <= MaxAgeingPerMinute, "priorityAgeingPerMinute",
            $"The ageing is {entry.PriorityAgeingPerMinute} points a minute; it must be from 0 to {MaxAgeingPerMinute}.");
        errors.Require(entry.PreferredAgentWait >= TimeSpan.Zero && entry.PreferredAgentWait <= MaxPreferredAgentWait, "preferredAgentWait",
            $"The preferred-agent wait is {entry.PreferredAgentWait}; it must be from 0 to {MaxPreferredAgentWait}.");
        errors.Require(Enum.IsDefined(entry.AfterContactWork), "afterContactWork", $"'{entry.AfterContactWork}' is not an after-contact-work mode.");
        if (entry.Strategy is { } strategy && strategies is not null && strategy != LongestIdleStrategy.StrategyName
            && !strategies.Names.Contains(strategy, StringComparer.Ordinal))
        {
            var known = string.Join(", ", strategies.Names.Append(LongestIdleStrategy.StrategyName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            errors.Add("strategy", $"No routing strategy is named '{strategy}'; known: {known}.");
        }

        var previous = TimeSpan.Zero;
        for (var i = 0; i < entry.Overflow.Count; i++)
        {
            var step = entry.Overflow[i];
            var field = $"overflow[{i}]";
            errors.Require(step.After > previous, field, $"Step {i + 1} starts after {step.After}; each step must start later than the one before, and after 0.");
            previous = step.After > previous ? step.After : previous;
            errors.Require(step.LowerMinLevelBy is >= 0 and < AgentSkill.MaxLevel, field,
                $"Step {i + 1} lowers levels by {step.LowerMinLevelBy}; it must be from 0 to {AgentSkill.MaxLevel - 1}.");
            foreach (var skill in step.DropSkills.Where(s => !entry.RequiredSkills.Any(r => r.SkillId == s)))
            {
                errors.Add(field, $"Step {i + 1} drops skill '{skill}', which the queue does not require.");
            }

            errors.Require(!step.AddQueueIds.Contains(entry.Id, StringComparer.Ordinal), field, $"Step {i + 1} adds the queue '{entry.Id}' to itself.");
        }

        var added = entry.Overflow.SelectMany(s => s.AddQueueIds).Where(id => id != entry.Id).Distinct(StringComparer.Ordinal).ToList();
        await DirectoryRepositories.CheckExistAsync(repositories.Queues, added, "queue", "overflow", errors, cancellationToken).ConfigureAwait(false);
        if (added.Count > 0 && await FindLoopAsync(repositories, entry, cancellationToken).ConfigureAwait(false) is { } loop)
        {
            errors.Add("overflow", $"The overflow steps loop: {string.Join(" → ", loop)}.");
        }
    }

    /// <summary>A path of overflow additions from <paramref name="entry"/> back to it, with the stored queues and this version of the entry.</summary>
    private static async ValueTask<List<string>?> FindLoopAsync(DirectoryRepositories repositories, Queue entry, CancellationToken cancellationToken)
    {
        var graph = (await repositories.Queues.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            .ToDictionary(q => q.Value.Id, q => q.Value.Overflow.SelectMany(s => s.AddQueueIds).ToList(), StringComparer.Ordinal);
        graph[entry.Id] = [.. entry.Overflow.SelectMany(s => s.AddQueueIds).Where(id => id != entry.Id)];
        var path = new List<string> { entry.Id };
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return Walk(entry.Id) ? path : null;

        bool Walk(string id)
        {
            foreach (var next in graph.GetValueOrDefault(id) ?? [])
            {
                path.Add(next);
                if (next == entry.Id || (visited.Add(next) && Walk(next)))
                {
                    return true;
                }

                path.RemoveAt(path.Count - 1);
            }

            return false;
        }
    }
}
