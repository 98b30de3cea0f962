namespace ContactCenter.Sdk.Domain;

/// <summary>A reason code an agent may give with a presence status.</summary>
/// <param name="Code">The code, unique within its status.</param>
/// <param name="Name">Display name in English and Spanish.</param>
public sealed record PresenceReason(string Code, LocalizedText Name);
