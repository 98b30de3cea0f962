using System.Globalization;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing.Simulation;

/// <summary>The agent population: skills and levels routing sees, quality and speed it does not.</summary>
public static partial class TrafficGenerator
{
    private static readonly string[] Lines = ["billing", "tech", "sales"];

    private static List<SimulatedAgent> Population(TrafficOptions options)
    {
#pragma warning disable CA5394 // Seeded simulation draws, not security.
        var random = new Random(unchecked((options.PopulationSeed * 7919) + 17));
        var agents = new List<SimulatedAgent>();
        for (var i = 0; i < options.Agents; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"agent{i:D3}");
            if (options.IdenticalAgents)
            {
                agents.Add(new SimulatedAgent
                {
                    Id = id, Skills = [.. Lines.Append("spanish").Select(s => new AgentSkill(s, 6))],
                    Quality = Catalog.ToDictionary(q => q.Id, _ => 0.65, StringComparer.Ordinal), Speed = Catalog.ToDictionary(q => q.Id, _ => 1.0, StringComparer.Ordinal),
                });
                continue;
            }

            // Every agent covers two or three lines (the i-th agent always covers line i mod 3, so each line is staffed).
            var lines = Lines.Where((line, n) => n == i % 3 || random.NextDouble() < 0.55).ToList();
            var skills = lines.Select(line => new AgentSkill(line, 1 + random.Next(10))).ToList();
            if (lines.Contains("tech") && random.NextDouble() < 0.45)
            {
                skills.Add(new AgentSkill("spanish", 5 + random.Next(6)));
            }

            var quality = new Dictionary<string, double>(StringComparer.Ordinal);
            var speed = new Dictionary<string, double>(StringComparer.Ordinal);
            var knack = 0.12 * Normal(random);
            foreach (var queue in Catalog)
            {
                var level = skills.FirstOrDefault(s => s.SkillId == queue.Skills[0].SkillId)?.Level ?? 0;
                // Levels explain part of it; the rest is the agent's own knack, overall and per queue.
                quality[queue.Id] = Math.Clamp(0.35 + (0.03 * level) + knack + (0.12 * Normal(random)), 0.05, 0.95);
                speed[queue.Id] = Math.Clamp(Math.Exp(0.2 * Normal(random)) * (1.1 - (0.02 * level)), 0.6, 1.6);
            }

            agents.Add(new SimulatedAgent { Id = id, Skills = skills, Quality = quality, Speed = speed });
        }

        return agents;
#pragma warning restore CA5394
    }
}
