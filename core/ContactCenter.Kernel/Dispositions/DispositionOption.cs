using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Dispositions;

/// <summary>A code an agent may pick for an interaction, with the labels of its path from the reason down.</summary>
/// <param name="Code">The code.</param>
/// <param name="Path">The labels from the reason to this code.</param>
/// <param name="NotesRequired">Whether notes are required with it.</param>
public sealed record DispositionOption(string Code, IReadOnlyList<LocalizedText> Path, bool NotesRequired);
