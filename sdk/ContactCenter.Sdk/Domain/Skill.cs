namespace ContactCenter.Sdk.Domain;

/// <summary>Something an agent can do (a language, a product, a procedure) that routing matches work to.</summary>
public sealed record Skill
{
    /// <summary>Unique id, e.g. <c>autos-claims</c> or <c>lang-en</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display name in English and Spanish.</summary>
    public required LocalizedText Name { get; init; }
}
