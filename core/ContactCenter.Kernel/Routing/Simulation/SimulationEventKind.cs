namespace ContactCenter.Kernel.Routing.Simulation;

/// <summary>The kinds of <see cref="SimulationEvent"/>.</summary>
internal enum SimulationEventKind
{
    /// <summary>A contact arrives in its queue.</summary>
    Arrival,

    /// <summary>The contact's patience ran out (nothing happens if it was answered).</summary>
    Abandon,

    /// <summary>The agent finished the contact.</summary>
    Complete,
}
