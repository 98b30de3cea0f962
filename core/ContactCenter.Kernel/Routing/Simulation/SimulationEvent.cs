namespace ContactCenter.Kernel.Routing.Simulation;

/// <summary>Something that happens at a simulated time: a contact arrives, gives up, or an agent finishes one.</summary>
internal sealed record SimulationEvent(SimulationEventKind Kind, Arrival Arrival, string? AgentId);
