namespace ContactCenter.Sdk.Domain;

/// <summary>The disposition code (tipificación) an interaction was closed with.</summary>
/// <param name="Code">The code from the disposition catalogue, e.g. <c>claims/new/auto-glass</c>.</param>
/// <param name="Notes">The agent's free-text notes; personal data, encrypted at rest.</param>
public sealed record DispositionRef(string Code, string? Notes = null)
{
    /// <summary>The system code used when wrap-up times out without a disposition.</summary>
    public const string TimeoutCode = "system/wrap-up-timeout";
}
