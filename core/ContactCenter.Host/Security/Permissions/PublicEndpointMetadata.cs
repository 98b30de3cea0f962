namespace ContactCenter.Host.Security.Permissions;

/// <summary>Endpoint metadata: the endpoint is deliberately open to anonymous callers, and why.</summary>
/// <param name="Reason">Why it is public (e.g. "liveness probe", "webhook authenticated by signature").</param>
public sealed record PublicEndpointMetadata(string Reason);
