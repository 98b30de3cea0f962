namespace ContactCenter.Kernel.Interactions;

/// <summary>Interaction ids: time-ordered (UUID version 7) so that ids sort roughly by creation.</summary>
internal static class InteractionIds
{
    public static string New(DateTimeOffset now) => Guid.CreateVersion7(now).ToString("N");
}
