using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Presence;

/// <summary>The presence statuses every installation starts with; administrators may edit them afterwards.</summary>
internal static class BuiltInStatuses
{
    public static IReadOnlyList<PresenceStatusDefinition> All { get; } =
    [
        new() { Id = PresenceStatusDefinition.AvailableId, Name = new("Available", "Disponible"), IsRoutable = true },
        new() { Id = PresenceStatusDefinition.OfflineId, Name = new("Offline", "Desconectado"), IsRoutable = false },
        new()
        {
            Id = "break",
            Name = new("Break", "Pausa"),
            IsRoutable = false,
            Reasons = [new("coffee", new("Coffee", "Café")), new("personal", new("Personal", "Personal"))],
        },
        new() { Id = "lunch", Name = new("Lunch", "Almuerzo"), IsRoutable = false },
        new() { Id = "training", Name = new("Training", "Capacitación"), IsRoutable = false },
    ];
}
