namespace ContactCenter.Host.Api.Interactions;

/// <summary>Body of abandon and fail.</summary>
/// <param name="Reason">Why; no personal data.</param>
public sealed record ReasonRequest(string? Reason);
