using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>A queued interaction fed to the engine.</summary>
internal sealed record EngineWorkInput
{
    public required string Id { get; init; }

    public required string QueueId { get; init; }

    public required ChannelKind Channel { get; init; }

    public int Priority { get; init; } = 50;

    public IReadOnlyList<SkillRequirement> RequiredSkills { get; init; } = [];

    public required DateTimeOffset QueuedAt { get; init; }

    public string? PreferredAgentId { get; init; }

    public string? ContactId { get; init; }

    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    public long Version { get; init; }

    public static EngineWorkInput From(Interaction interaction) => new()
    {
        Id = interaction.Id, QueueId = interaction.QueueId ?? string.Empty, Channel = interaction.Channel, Priority = interaction.Priority,
        RequiredSkills = interaction.RequiredSkills, QueuedAt = interaction.QueuedAt ?? interaction.CreatedAt,
        PreferredAgentId = interaction.PreferredAgentId, ContactId = interaction.ContactId, Attributes = interaction.Attributes,
        Version = interaction.Version,
    };
}
