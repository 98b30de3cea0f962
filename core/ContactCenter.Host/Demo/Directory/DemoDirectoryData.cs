using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Demo.Directory;

/// <summary>
/// The demo's directory: an insurer with two service lines. Skill levels are spread so routing choices show:
/// salud-general needs salud 4, so agent2 (salud 3) never gets Salud work; agent4 serves both lines.
/// Every name carries <see cref="Marker"/> so nobody mistakes it for production data.
/// </summary>
internal static class DemoDirectoryData
{
    public const string Marker = "(demo)";
    public const string SupervisorId = "supervisor1";
    public const string AutosQueue = "autos-general";
    public const string SaludQueue = "salud-general";

    public static IReadOnlyList<ServiceLine> ServiceLines { get; } =
    [
        new() { Id = "autos", Name = Named("Autos: car insurance", "Autos: seguros de automóvil") },
        new() { Id = "salud", Name = Named("Salud: health insurance", "Salud: seguros de salud") },
    ];

    public static IReadOnlyList<Skill> Skills { get; } =
    [
        new() { Id = "autos", Name = Named("Car insurance", "Seguros de automóvil") },
        new() { Id = "salud", Name = Named("Health insurance", "Seguros de salud") },
        new() { Id = "lang-es", Name = Named("Spanish", "Español") },
        new() { Id = "lang-en", Name = Named("English", "Inglés") },
    ];

    public static IReadOnlyList<Queue> Queues { get; } =
    [
        DemoQueue(AutosQueue, "autos", Named("Autos, general", "Autos, general")),
        DemoQueue(SaludQueue, "salud", Named("Salud, general", "Salud, general")),
    ];

    public static IReadOnlyList<Team> Teams { get; } =
    [
        new() { Id = "team-autos", Name = $"Autos team / Equipo Autos {Marker}", ServiceLineId = "autos", SupervisorIds = [SupervisorId] },
        new() { Id = "team-salud", Name = $"Salud team / Equipo Salud {Marker}", ServiceLineId = "salud", SupervisorIds = [SupervisorId] },
    ];

    public static IReadOnlyList<Agent> Agents { get; } =
    [
        DemoAgent("agent1", "Ana Mora", ["team-autos"], ["autos"], chats: 3, ("autos", 8), ("lang-es", 10), ("lang-en", 6)),
        DemoAgent("agent2", "Bruno Solís", ["team-autos"], ["autos", "salud"], chats: 2, ("autos", 5), ("salud", 3), ("lang-es", 10)),
        DemoAgent("agent3", "Carla Jiménez", ["team-salud"], ["salud"], chats: 3, ("salud", 9), ("lang-es", 10), ("lang-en", 8)),
        DemoAgent("agent4", "Diego Vargas", ["team-autos", "team-salud"], ["autos", "salud"], chats: 4, ("autos", 6), ("salud", 6), ("lang-es", 9), ("lang-en", 9)),
    ];

    private static LocalizedText Named(string en, string es) => new($"{en} {Marker}", $"{es} {Marker}");

    // Offers wait two minutes and wrap-up lasts five: long enough for someone typing the guide's commands by hand.
    private static Queue DemoQueue(string id, string line, LocalizedText name) => new()
    {
        Id = id,
        Name = name,
        ServiceLineId = line,
        RequiredSkills = [new SkillRequirement(line, 4), new SkillRequirement("lang-es", 5)],
        Priority = 50,
        ServiceLevel = new ServiceLevelTarget(80, TimeSpan.FromSeconds(20)),
        OfferTimeout = TimeSpan.FromMinutes(2),
        WrapUpTime = TimeSpan.FromMinutes(5),
    };

    private static Agent DemoAgent(string id, string name, string[] teams, string[] lines, int chats, params (string Skill, int Level)[] skills) => new()
    {
        Id = id,
        DisplayName = $"{name} {Marker}",
        TeamIds = teams,
        ServiceLineIds = lines,
        Skills = [.. skills.Select(s => new AgentSkill(s.Skill, s.Level))],
        Capacity = new ChannelCapacity
        {
            Limits = new Dictionary<ChannelKind, int>(ChannelCapacity.Default.Limits) { [ChannelKind.Chat] = chats },
            VoiceBlocksDigital = true,
        },
    };
}
