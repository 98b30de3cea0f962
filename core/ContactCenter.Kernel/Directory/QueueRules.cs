using System.Text.RegularExpressions;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>
/// A queue needs a valid id, both names, a known service line, known required skills with levels from 1 to 10,
/// a priority from 1 to 99, an offer timeout from 1 second to 10 minutes, a wrap-up extension from 10 seconds to 10 minutes
/// (at most 100 of them), a sensible service level, and valid
/// routing rules (<see cref="QueueRoutingRules"/>).
/// </summary>
internal sealed partial class QueueRules(DirectoryRepositories repositories, Routing.IRoutingStrategyProvider? strategies = null) : IEntryRules<Queue>
{
    public const int MinPriority = 1;
    public const int MaxPriority = 99;
    public static readonly TimeSpan MinOfferTimeout = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxOfferTimeout = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan MinWrapUpExtension = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan MaxWrapUpExtension = TimeSpan.FromMinutes(10);
    public const int MaxWrapUpExtensionCount = 100;

    public string IdOf(Queue entry) => entry.Id;

    public async ValueTask ValidateAsync(Queue entry, ValidationErrors errors, CancellationToken cancellationToken)
    {
        DirectoryIds.Check(errors, "id", entry.Id);
        LocalizedNames.Check(errors, entry.Name);
        await DirectoryRepositories.CheckExistAsync(repositories.ServiceLines, [entry.ServiceLineId ?? string.Empty], "service line", "serviceLineId", errors, cancellationToken)
            .ConfigureAwait(false);
        await CheckSkillsAsync(repositories, entry.RequiredSkills, "requiredSkills", errors, cancellationToken).ConfigureAwait(false);
        CheckPriority(errors, "priority", entry.Priority);
        errors.Require(entry.OfferTimeout >= MinOfferTimeout && entry.OfferTimeout <= MaxOfferTimeout, "offerTimeout",
            $"The offer timeout is {entry.OfferTimeout}; it must be from {MinOfferTimeout} to {MaxOfferTimeout}.");
        errors.Require(entry.MaxWait is null || entry.MaxWait > TimeSpan.Zero, "maxWait", "The longest wait must be positive when given.");
        errors.Require(entry.WrapUpTime is null || entry.WrapUpTime >= TimeSpan.Zero, "wrapUpTime", "The wrap-up time must not be negative.");
        errors.Require(entry.WrapUpExtension >= MinWrapUpExtension && entry.WrapUpExtension <= MaxWrapUpExtension, "wrapUpExtension",
            $"The wrap-up extension is {entry.WrapUpExtension}; it must be from {MinWrapUpExtension} to {MaxWrapUpExtension}.");
        errors.Require(entry.MaxWrapUpExtensions is >= 0 and <= MaxWrapUpExtensionCount, "maxWrapUpExtensions",
            $"The number of wrap-up extensions is {entry.MaxWrapUpExtensions}; it must be from 0 (fixed) to {MaxWrapUpExtensionCount}.");
        errors.Require(entry.ServiceLevel is { Percent: >= 0 and <= 100 } && entry.ServiceLevel.Threshold > TimeSpan.Zero, "serviceLevel",
            "The service level needs a percent from 0 to 100 and a positive threshold.");
        errors.Require(entry.Strategy is null || StrategyName().IsMatch(entry.Strategy), "strategy",
            $"'{entry.Strategy}' is not a valid strategy name (lower-case letters, digits, '.' and '-').");
        await QueueRoutingRules.CheckAsync(repositories, strategies, entry, errors, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask<IReadOnlyList<string>> FindReferencesAsync(string id, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<string>>([]);

    public static void CheckPriority(ValidationErrors errors, string field, int priority) =>
        errors.Require(priority is >= MinPriority and <= MaxPriority, field, $"The priority is {priority}; it must be from {MinPriority} to {MaxPriority}.");

    /// <summary>Checks skill requirements: known skills, levels from 1 to 10.</summary>
    public static async ValueTask CheckSkillsAsync(DirectoryRepositories repositories, IReadOnlyList<SkillRequirement> skills, string field,
        ValidationErrors errors, CancellationToken cancellationToken)
    {
        await DirectoryRepositories.CheckExistAsync(repositories.Skills, skills.Select(s => s.SkillId), "skill", field, errors, cancellationToken)
            .ConfigureAwait(false);
        foreach (var skill in skills.Where(s => s.MinLevel is < AgentSkill.MinLevel or > AgentSkill.MaxLevel))
        {
            errors.Add(field, $"Skill '{skill.SkillId}' requires level {skill.MinLevel}; levels go from {AgentSkill.MinLevel} to {AgentSkill.MaxLevel}.");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex StrategyName();
}
