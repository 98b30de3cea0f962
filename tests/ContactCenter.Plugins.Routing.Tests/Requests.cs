using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Plugins.Routing.Tests;

internal static class Requests
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static RoutingCandidate Agent(string id, int idleSeconds = 0, params AgentSkill[] skills) =>
        new() { AgentId = id, Skills = skills, IdleSince = Now.AddSeconds(-idleSeconds) };

    public static RoutingRequest For(IReadOnlyList<RoutingCandidate> candidates, SkillRequirement[]? skills = null, string queue = "q",
        string? preferred = null, TimeSpan waited = default) => new()
    {
        InteractionId = "i1", QueueId = queue, Channel = ChannelKind.Chat, Priority = 50, RequiredSkills = skills ?? [],
        WaitingSince = Now - waited, PreferredAgentId = preferred, Now = Now, Candidates = candidates,
    };

    public static async Task<string[]> OrderAsync(IRoutingStrategy strategy, RoutingRequest request) =>
        [.. (await strategy.RankAsync(request, CancellationToken.None)).Ranking.Select(r => r.AgentId)];
}
