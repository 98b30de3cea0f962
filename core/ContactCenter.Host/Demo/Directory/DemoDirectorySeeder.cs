using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Demo.Directory;

/// <summary>
/// Seeds the demo directory through the kernel's <see cref="IDirectory"/>, so every entry passes the same validation as
/// an administrator's. Referenced entries go first (service lines and skills, then queues and teams, then agents).
/// </summary>
internal sealed class DemoDirectorySeeder(IDirectory directory) : IDemoSeeder
{
    public const string SeederName = "directory";

    public string Name => SeederName;

    public int Order => 100;

    public async ValueTask SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var line in DemoDirectoryData.ServiceLines)
        {
            await EnsureAsync(context, directory.ServiceLines, "service-line", line.Id, line, Describe(line.Name), cancellationToken).ConfigureAwait(false);
        }

        foreach (var skill in DemoDirectoryData.Skills)
        {
            await EnsureAsync(context, directory.Skills, "skill", skill.Id, skill, Describe(skill.Name), cancellationToken).ConfigureAwait(false);
        }

        foreach (var queue in DemoDirectoryData.Queues)
        {
            var needs = string.Join(", ", queue.RequiredSkills.Select(s => $"{s.SkillId} >= {s.MinLevel}"));
            await EnsureAsync(context, directory.Queues, "queue", queue.Id, queue, $"{Describe(queue.Name)}; needs {needs}", cancellationToken).ConfigureAwait(false);
        }

        foreach (var team in DemoDirectoryData.Teams)
        {
            await EnsureAsync(context, directory.Teams, "team", team.Id, team, $"{team.Name}; supervisor {string.Join(", ", team.SupervisorIds)}", cancellationToken)
                .ConfigureAwait(false);
        }

        foreach (var agent in DemoDirectoryData.Agents)
        {
            var skills = string.Join(", ", agent.Skills.Select(s => $"{s.SkillId} {s.Level}"));
            await EnsureAsync(context, directory.Agents, "agent", agent.Id, agent, $"{agent.DisplayName}: {skills}; up to {agent.Capacity.LimitFor(ChannelKind.Chat)} chats",
                cancellationToken).ConfigureAwait(false);
        }

        context.AddNote($"{DemoDirectoryData.SupervisorId} supervises team-autos and team-salud: the directory records supervisors on teams; "
            + "their demo sign-ins are listed below.");
        context.AddNote("Routing: salud-general needs salud >= 4, so agent2 (salud 3) never gets Salud work; agent4 serves both lines. "
            + "All agents start Offline: set one Available to receive work.");
    }

    private static ValueTask<DemoSeedOutcome> EnsureAsync<T>(DemoSeedContext context, IDirectoryCollection<T> collection, string kind, string id, T entry,
        string detail, CancellationToken cancellationToken)
        where T : class =>
        context.EnsureAsync(kind, id, detail,
            async ct => await collection.GetAsync(id, ct).ConfigureAwait(false) is not null,
            async ct => await collection.SaveAsync(entry, ct).ConfigureAwait(false),
            cancellationToken);

    private static string Describe(LocalizedText name) => $"{name.En} / {name.Es}";
}
