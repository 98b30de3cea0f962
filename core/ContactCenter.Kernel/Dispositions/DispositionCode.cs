using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Dispositions;

/// <summary>
/// One entry of the disposition catalogue (tipificación). Codes are paths of one to three segments, reason &gt; category
/// &gt; area (<c>siniestro/parte-nuevo/autos</c>); a code's parent must exist. Agents pick leaves (codes with no active
/// child in scope). Retired codes stay valid for history but can no longer be picked.
/// </summary>
public sealed record DispositionCode
{
    /// <summary>The stable code, e.g. <c>poliza/cambio-datos</c>; never reused for another meaning.</summary>
    public required string Code { get; init; }

    /// <summary>The label shown to agents, in English and Spanish.</summary>
    public required LocalizedText Label { get; init; }

    /// <summary>Where the code may be picked; empty lists mean everywhere.</summary>
    public DispositionScope Scope { get; init; } = new();

    /// <summary>Whether the agent must write notes when picking this code.</summary>
    public bool NotesRequired { get; init; }

    /// <summary>Whether the code is retired: kept for history, no longer offered or accepted.</summary>
    public bool Retired { get; init; }

    /// <summary>Whether the code is built into the kernel (the wrap-up timeout code): set by the system, never deletable.</summary>
    public bool BuiltIn { get; init; }
}
