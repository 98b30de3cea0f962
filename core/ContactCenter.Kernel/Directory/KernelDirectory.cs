using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>The directory over the kernel store; every change is told to the <see cref="IDirectoryChangeObserver"/>s.</summary>
internal sealed class KernelDirectory : IDirectory
{
    public KernelDirectory(DirectoryRepositories repositories, Routing.IRoutingStrategyProvider? strategies = null, IEnumerable<IDirectoryChangeObserver>? observers = null)
    {
        IReadOnlyList<IDirectoryChangeObserver> told = [.. observers ?? []];
        Repositories = repositories;
        Agents = new DirectoryCollection<Agent>(repositories.Agents, new AgentEntryRules(repositories), "agent", told);
        Teams = new DirectoryCollection<Team>(repositories.Teams, new TeamRules(repositories), "team", told);
        Skills = new DirectoryCollection<Skill>(repositories.Skills, new SkillRules(repositories), "skill", told);
        Queues = new DirectoryCollection<Queue>(repositories.Queues, new QueueRules(repositories, strategies), "queue", told);
        ServiceLines = new DirectoryCollection<ServiceLine>(repositories.ServiceLines, new ServiceLineRules(repositories), "service-line", told);
    }

    public DirectoryRepositories Repositories { get; }

    public IDirectoryCollection<Agent> Agents { get; }

    public IDirectoryCollection<Team> Teams { get; }

    public IDirectoryCollection<Skill> Skills { get; }

    public IDirectoryCollection<Queue> Queues { get; }

    public IDirectoryCollection<ServiceLine> ServiceLines { get; }
}
