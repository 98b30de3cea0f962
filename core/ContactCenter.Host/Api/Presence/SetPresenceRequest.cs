namespace ContactCenter.Host.Api.Presence;

/// <summary>Body of PUT presence.</summary>
/// <param name="StatusId">An admin-defined status id.</param>
/// <param name="ReasonCode">A reason code of that status, if it has any.</param>
public sealed record SetPresenceRequest(string StatusId, string? ReasonCode);
