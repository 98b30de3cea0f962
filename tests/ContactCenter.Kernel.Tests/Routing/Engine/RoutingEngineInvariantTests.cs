using ContactCenter.Kernel.Routing.Engine;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Routing;
using static ContactCenter.Kernel.Tests.Routing.Engine.EngineHarness;

namespace ContactCenter.Kernel.Tests.Routing.Engine;

public sealed class RoutingEngineInvariantTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomChurn_NoWorkLostOrOfferedTwice_AndNoAgentHoldsTwoClaims(int seed)
    {
        var random = new Random(seed);
        string[] skills = ["billing", "sales", "spanish"];
        var queues = skills.Select(s => Queue(s, [new SkillRequirement(s, 2)])).ToArray();
        var h = new EngineHarness(queues);
        var outstanding = new Dictionary<string, Assignment>(StringComparer.Ordinal); // interaction -> claim not yet answered
        var served = new HashSet<string>(StringComparer.Ordinal);
        var created = new List<string>();
        for (var step = 0; step < 2000; step++)
        {
            switch (random.Next(5))
            {
                case 0:
                    var skill = skills[random.Next(skills.Length)];
                    var id = $"w{created.Count}";
                    created.Add(id);
                    h.Work(id, skill, [new SkillRequirement(skill, 2)], channel: random.Next(2) == 0 ? ChannelKind.Chat : ChannelKind.Email, priority: random.Next(1, 100));
                    break;
                case 1:
                    h.Agent($"a{random.Next(20)}", [.. skills.Where(_ => random.Next(2) == 0).Select(s => Skill(s, random.Next(1, 6)))], routable: random.Next(4) != 0);
                    break;
                case 2 when outstanding.Count > 0:
                    // The reservation or offer failed: the work goes back.
                    var failed = outstanding.Values.ElementAt(random.Next(outstanding.Count));
                    outstanding.Remove(failed.InteractionId);
                    h.Engine.Release(failed.InteractionId, failed.AgentId);
                    break;
                case 3 when outstanding.Count > 0:
                    // The offer was made and accepted: the work leaves routing for good.
                    var done = outstanding.Values.ElementAt(random.Next(outstanding.Count));
                    outstanding.Remove(done.InteractionId);
                    h.Engine.Offered(done.InteractionId, done.Decision.QueueId, done.AgentId, h.Now);
                    h.Engine.Remove(done.InteractionId, done.Decision.QueueId);
                    Assert.True(served.Add(done.InteractionId), $"{done.InteractionId} served twice");
                    break;
                default:
                    h.Advance(TimeSpan.FromSeconds(random.Next(0, 3)));
                    foreach (var made in h.Route(confirm: false))
                    {
                        Assert.False(served.Contains(made.InteractionId), $"{made.InteractionId} offered after it was served");
                        Assert.True(outstanding.TryAdd(made.InteractionId, made), $"{made.InteractionId} offered twice");
                        Assert.DoesNotContain(outstanding.Values, o => o != made && o.AgentId == made.AgentId);
                    }

                    break;
            }
        }

        // Settle: every claim is answered, then agents able to take everything come and take it all.
        foreach (var pending in outstanding.Values.ToList())
        {
            h.Engine.Release(pending.InteractionId, pending.AgentId);
        }

        var remaining = created.Where(id => !served.Contains(id)).ToHashSet(StringComparer.Ordinal);
        var rescue = 0;
        while (remaining.Count > 0 && rescue < 1000)
        {
            h.Agent($"rescue{rescue++}", [.. skills.Select(s => Skill(s, 10))]);
            foreach (var made in h.Route())
            {
                Assert.True(remaining.Remove(made.InteractionId), $"{made.InteractionId} offered twice");
                h.Engine.Remove(made.InteractionId, made.Decision.QueueId);
            }
        }

        Assert.Empty(remaining);
    }
}
