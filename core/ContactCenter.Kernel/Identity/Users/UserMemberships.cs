namespace ContactCenter.Kernel.Identity.Users;

/// <summary>Where a user works: teams, service lines and the directory agent they sign in as.</summary>
/// <param name="TeamIds">Teams (must exist in the directory).</param>
/// <param name="ServiceLineIds">Service lines (must exist in the directory).</param>
/// <param name="AgentId">The directory agent, if any (must exist).</param>
public sealed record UserMemberships(IReadOnlyList<string> TeamIds, IReadOnlyList<string> ServiceLineIds, string? AgentId);
