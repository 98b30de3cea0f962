namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>Holds: agents the authoritative agent grain refused although the engine's view said they were free.</summary>
internal sealed partial class RoutingEngine
{
    private readonly HashSet<EngineAgent> _held = [];

    /// <summary>
    /// Keeps <paramref name="agentId"/> out of matching until its next presence notice or <see cref="ReleaseHolds"/>, so
    /// that a stale view cannot make routing ask the same agent again and again.
    /// </summary>
    public void Hold(string agentId)
    {
        if (_agents.TryGetValue(agentId, out var agent))
        {
            agent.Held = true;
            _held.Add(agent);
            SetFree(agent, false);
        }
    }

    /// <summary>Lets every held agent be tried again (the dispatcher calls it on its periodic resync).</summary>
    public int ReleaseHolds()
    {
        var released = 0;
        foreach (var agent in _held)
        {
            if (agent.Held && _agents.ContainsKey(agent.Id))
            {
                agent.Held = false;
                SetFree(agent, agent.IsFree);
                MarkDirty(agent);
                released++;
            }
        }

        _held.Clear();
        return released;
    }
}
