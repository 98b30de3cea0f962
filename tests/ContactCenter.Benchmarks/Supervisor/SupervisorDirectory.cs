using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk.Domain;
using Microsoft.Extensions.Hosting;

namespace ContactCenter.Benchmarks.Supervisor;

/// <summary>
/// Seeds the directory while the host starts (before the metrics engine reads it in its rebuild): two service lines,
/// <c>--teams</c> teams and <c>--queues</c> queues alternating between them, a probe queue, and <c>--agents</c> agents
/// spread over the teams.
/// </summary>
internal sealed class SupervisorDirectory(IDirectory directory, SupervisorOptions options) : IHostedService
{
    public const string ProbeQueue = "bench-probe";

    public static string Agent(int i) => $"ba-{i:D5}";

    public static string Team(int i) => $"bt-{i:D3}";

    public static string Queue(int i) => $"bq-{i:D3}";

    public static string Line(int i) => $"bl-{i % 2}";

    public static string TeamOf(int agent, SupervisorOptions options) => Team(agent % options.Teams);

    public static string LineOfTeam(int team) => Line(team);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await directory.Skills.SaveAsync(new Skill { Id = "bench", Name = new LocalizedText("Bench", "Bench") }, cancellationToken);
        for (var i = 0; i < 2; i++)
        {
            await directory.ServiceLines.SaveAsync(new ServiceLine { Id = Line(i), Name = new LocalizedText($"Bench line {i}", $"Línea {i}") }, cancellationToken);
        }

        for (var i = 0; i < options.Teams; i++)
        {
            await directory.Teams.SaveAsync(new Team { Id = Team(i), Name = $"Bench team {i}", ServiceLineId = LineOfTeam(i) }, cancellationToken);
        }

        for (var i = 0; i < options.Queues; i++)
        {
            await directory.Queues.SaveAsync(Bench(Queue(i), Line(i)), cancellationToken);
        }

        await directory.Queues.SaveAsync(Bench(ProbeQueue, Line(0)), cancellationToken);
        for (var i = 0; i < options.Agents; i++)
        {
            var team = i % options.Teams;
            await directory.Agents.SaveAsync(new Agent
            {
                Id = Agent(i), DisplayName = $"Bench agent {i}", TeamIds = [Team(team)], ServiceLineIds = [LineOfTeam(team)], Skills = [new AgentSkill("bench", 5)],
            }, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static Queue Bench(string id, string line) => new()
    {
        Id = id, Name = new LocalizedText(id, id), ServiceLineId = line, RequiredSkills = [new SkillRequirement("bench", 1)],
        ServiceLevel = new ServiceLevelTarget(80, TimeSpan.FromSeconds(20)),
    };
}
