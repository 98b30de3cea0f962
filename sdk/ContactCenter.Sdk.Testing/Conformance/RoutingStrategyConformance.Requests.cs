using System.Globalization;
using System.Runtime.CompilerServices;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.Logging;
using Xunit;

namespace ContactCenter.Sdk.Testing.Conformance;

/// <summary>The requests the routing suite sends, and its checks.</summary>
public abstract partial class RoutingStrategyConformance
{
    private static readonly string[] SkillPool = ["billing", "sales", "support", "spanish", "english"];

    /// <summary>The skills the queued work requires; candidates are generated so that they are all eligible.</summary>
    protected virtual IReadOnlyList<SkillRequirement> RequiredSkills { get; } = [new("support"), new("spanish", 3)];

    /// <summary>A routing request for <paramref name="candidates"/>, as the kernel's dispatcher builds it.</summary>
    /// <param name="candidates">The eligible agents.</param>
    /// <returns>The request.</returns>
    protected virtual RoutingRequest Request(IReadOnlyList<RoutingCandidate> candidates) => new()
    {
        InteractionId = "i-conformance",
        QueueId = "q-conformance",
        Channel = ChannelKind.Chat,
        Priority = 5,
        RequiredSkills = RequiredSkills,
        WaitingSince = Kernel.Clock.UtcNow.AddMinutes(-2),
        Now = Kernel.Clock.UtcNow,
        Candidates = candidates,
    };

    /// <summary>
    /// Eligible candidates with varied skills, idle times and loads, reproducible from <paramref name="seed"/>: each has
    /// the <see cref="RequiredSkills"/> at or above their minimum level, some extra skills, and some share scores.
    /// </summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">Makes the set reproducible.</param>
    /// <returns>The candidates.</returns>
    protected virtual IReadOnlyList<RoutingCandidate> Candidates(int count, int seed)
    {
#pragma warning disable CA5394 // Reproducible test data, not security.
        var random = new Random(seed);
        var now = Kernel.Clock.UtcNow;
        return Enumerable.Range(1, count).Select(n => new RoutingCandidate
        {
            AgentId = "agent-" + n.ToString("D5", CultureInfo.InvariantCulture),
            Skills = [
                .. RequiredSkills.Select(r => new AgentSkill(r.SkillId, random.Next(r.MinLevel, AgentSkill.MaxLevel + 1))),
                .. SkillPool.Where(s => RequiredSkills.All(r => r.SkillId != s) && random.Next(2) == 0).Select(s => new AgentSkill(s, random.Next(1, 11))),
            ],
            TeamIds = [$"team-{random.Next(3)}"],
            IdleSince = random.Next(5) == 0 ? null : now.AddSeconds(-random.Next(1, 3600)),
            ActiveInteractions = random.Next(3),
        }).ToList();
#pragma warning restore CA5394
    }

    /// <summary>Checks that the ranking names only candidates of the request, each once.</summary>
    /// <param name="request">The request.</param>
    /// <param name="decision">The decision.</param>
    protected static void AssertRankingOf(RoutingRequest request, RoutingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(decision);
        Assert.NotNull(decision.Ranking);
        var given = request.Candidates.Select(c => c.AgentId).ToHashSet(StringComparer.Ordinal);
        var strangers = decision.Ranking.Where(r => !given.Contains(r.AgentId)).Select(r => r.AgentId).ToList();
        Assert.True(strangers.Count == 0, "Ranked agents that are not candidates: " + string.Join(", ", strangers));
        var twice = decision.Ranking.GroupBy(r => r.AgentId, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "Ranked more than once: " + string.Join(", ", twice));
    }

    private static List<string> Agents(RoutingDecision decision) => decision.Ranking.Select(r => r.AgentId).ToList();

    private string LastWarning() =>
        Kernel.Logs.LastOrDefault(l => l.Level >= LogLevel.Warning)?.Message ?? "none";

    /// <summary>Calls the strategy itself, so that what it throws or returns is seen as is.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task<RoutingDecision> RankDirectAsync(RoutingRequest request, CancellationToken cancellationToken = default) =>
        await Strategy().RankAsync(request, cancellationToken).ConfigureAwait(false);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private IRoutingStrategy Strategy()
    {
        var strategies = Kernel.Strategies;
        return StrategyName is { } name
            ? strategies.FirstOrDefault(s => s.Name == name) ?? throw new InvalidOperationException($"The plugin registers no routing strategy named '{name}'.")
            : strategies.Count == 1 ? strategies[0] : throw new InvalidOperationException($"The plugin registers {strategies.Count} strategies: override StrategyName.");
    }
}
