using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>The directory over the kernel store.</summary>
internal sealed class KernelDirectory : IDirectory
{
    public KernelDirectory(DirectoryRepositories repositories, Routing.IRoutingStrategyProvider? strategies = null)
    {
        Repositories = repositories;
        Agents = new DirectoryCollection<Agent>(repositories.Agents, new AgentEntryRules(repositories));
        Teams = new DirectoryCollection<Team>(repositories.Teams, new TeamRules(repositories));
        Skills = new DirectoryCollection<Skill>(repositories.Skills, new SkillRules(repositories));
        Queues = new DirectoryCollection<Queue>(repositories.Queues, new QueueRules(repositories, strategies));
        ServiceLines = new DirectoryCollection<ServiceLine>(repositories.ServiceLines, new ServiceLineRules(repositories));
    }

    public DirectoryRepositories Repositories { get; }

    public IDirectoryCollection<Agent> Agents { get; }

    public IDirectoryCollection<Team> Teams { get; }

    public IDirectoryCollection<Skill> Skills { get; }

    public IDirectoryCollection<Queue> Queues { get; }

    public IDirectoryCollection<ServiceLine> ServiceLines { get; }
}
