namespace ContactCenter.Sdk.Domain;

/// <summary>A customer of the insurer, known by one or more channel identities.</summary>
public sealed record Contact
{
    /// <summary>Unique id assigned by the kernel.</summary>
    public required string Id { get; init; }

    /// <summary>The name to show agents; personal data, encrypted at rest.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Addresses the customer is reachable at, one per channel identity.</summary>
    public IReadOnlyList<ChannelIdentity> Identities { get; init; } = [];

    /// <summary>Preferred language as a BCP 47 tag (e.g. <c>es-CR</c>).</summary>
    public string? Language { get; init; }

    /// <summary>When the contact was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
