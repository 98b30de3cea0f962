namespace ContactCenter.Kernel.Audit;

/// <summary>
/// Who is acting in the current async flow, for audit entries written far from the request (plugin state changes are
/// published by the plugin host, which knows nothing of users). The host sets it per request.
/// </summary>
public static class AuditActor
{
    private static readonly AsyncLocal<(string Actor, string? Correlation)?> Ambient = new();

    /// <summary>The current actor, or <see langword="null"/> outside a request.</summary>
    public static string? Current => Ambient.Value?.Actor;

    /// <summary>The current correlation id, if any.</summary>
    public static string? CorrelationId => Ambient.Value?.Correlation;

    /// <summary>Sets the actor for the rest of this async flow.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="correlationId">The correlation id.</param>
    public static void Set(string actor, string? correlationId) => Ambient.Value = (actor, correlationId);
}
