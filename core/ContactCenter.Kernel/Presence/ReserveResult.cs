namespace ContactCenter.Kernel.Presence;

/// <summary>The agent's answer to a <see cref="Reservation"/>, with its current view either way.</summary>
[GenerateSerializer]
[Immutable]
internal sealed record ReserveResult
{
    [Id(0)] public required bool Reserved { get; init; }

    [Id(1)] public string? Refusal { get; init; }

    [Id(2)] public AgentView? View { get; init; }
}
