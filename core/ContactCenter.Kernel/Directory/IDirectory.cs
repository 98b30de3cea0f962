using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>
/// The contact center's directory: agents, teams, skills, queues and service lines. Routing reads it; the host API
/// and the demo seed write it. Every write is validated first and refused whole, listing every problem.
/// </summary>
public interface IDirectory
{
    /// <summary>Agents.</summary>
    IDirectoryCollection<Agent> Agents { get; }

    /// <summary>Teams.</summary>
    IDirectoryCollection<Team> Teams { get; }

    /// <summary>Skills.</summary>
    IDirectoryCollection<Skill> Skills { get; }

    /// <summary>Queues.</summary>
    IDirectoryCollection<Queue> Queues { get; }

    /// <summary>Service lines.</summary>
    IDirectoryCollection<ServiceLine> ServiceLines { get; }
}
