using ContactCenter.Kernel.Routing.Simulation;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Tests.Routing.Simulation;

public sealed class TrafficGeneratorTests
{
    [Fact]
    public void Generate_SameOptions_SameFile()
    {
        var options = new TrafficOptions { Seed = 7, Agents = 12, Hours = 2 };

        var first = TrafficGenerator.Generate(options);
        var second = TrafficGenerator.Generate(options);

        Assert.Equal(first.Arrivals, second.Arrivals, (a, b) => a.Id == b.Id && a.AtSeconds == b.AtSeconds && a.HandleSeconds == b.HandleSeconds && a.Draws.SequenceEqual(b.Draws));
        Assert.Equal(first.Agents.Select(a => a.Quality["tech"]), second.Agents.Select(a => a.Quality["tech"]));
    }

    [Fact]
    public void Generate_OtherArrivalSeedSamePopulation_SameAgentsOtherArrivals()
    {
        var train = TrafficGenerator.Generate(new TrafficOptions { Seed = 1001, PopulationSeed = 3, Agents = 12, Hours = 2 });
        var evaluation = TrafficGenerator.Generate(new TrafficOptions { Seed = 1, PopulationSeed = 3, Agents = 12, Hours = 2 });

        Assert.Equal(train.Agents.Select(a => a.Quality["billing"]), evaluation.Agents.Select(a => a.Quality["billing"]));
        Assert.NotEqual(train.Arrivals.Select(a => a.AtSeconds).Take(20), evaluation.Arrivals.Select(a => a.AtSeconds).Take(20));
    }

    [Fact]
    public void Generate_Day_PeaksMidMorningAndEveryQueueStaffed()
    {
        var traffic = TrafficGenerator.Generate(new TrafficOptions { Seed = 2, Agents = 30 });
        var perHour = traffic.Arrivals.GroupBy(a => (int)(a.AtSeconds / 3600)).ToDictionary(g => g.Key, g => g.Count());

        // 09:00 opens; 10:00–11:00 is the morning peak, 12:00–13:00 the lull between the peaks.
        Assert.True(perHour[1] > perHour[3] * 1.2, $"peak {perHour[1]} vs lull {perHour[3]}");
        Assert.Contains(traffic.Arrivals, a => a.Channel == ChannelKind.Chat);
        foreach (var queue in traffic.Queues)
        {
            Assert.Contains(traffic.Agents, agent => queue.RequiredSkills.All(r => agent.Skills.Any(s => s.SkillId == r.SkillId && s.Level >= r.MinLevel)));
        }
    }

    [Fact]
    public void Generate_IdenticalAgents_AllAlike()
    {
        var traffic = TrafficGenerator.Generate(new TrafficOptions { Agents = 5, Hours = 1, IdenticalAgents = true });

        Assert.Single(traffic.Agents.Select(a => string.Join(",", a.Skills.Select(s => $"{s.SkillId}:{s.Level}")) + string.Join(",", a.Quality.Values) + string.Join(",", a.Speed.Values)).Distinct());
    }

    [Fact]
    public void Generate_BadOptions_RefusedWithEveryProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => TrafficGenerator.Generate(new TrafficOptions { Agents = 0, Hours = 30, Load = -1 }));

        Assert.Contains("agents", error.Message, StringComparison.Ordinal);
        Assert.Contains("hours", error.Message, StringComparison.Ordinal);
        Assert.Contains("load", error.Message, StringComparison.Ordinal);
    }
}
