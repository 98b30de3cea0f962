namespace ContactCenter.Sdk.Domain;

/// <summary>A line of business of the insurer (e.g. Autos, Salud, Riesgos del Trabajo).</summary>
public sealed record ServiceLine
{
    /// <summary>Unique id, e.g. <c>autos</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display name in English and Spanish.</summary>
    public required LocalizedText Name { get; init; }
}
