namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>Who opens, reads or decides a campaign, and what they may see.</summary>
/// <param name="Actor">The audit actor (a user id, <c>local-admin</c>, <c>client:{id}</c>).</param>
/// <param name="UserId">The reviewer's own account id, if a user (a reviewer never decides their own access).</param>
/// <param name="Teams">The teams a scoped supervisor supervises; <see langword="null"/> for an unscoped reviewer.</param>
/// <param name="SourceIp">The caller's address, if over the network.</param>
public sealed record AccessReviewer(string Actor, string? UserId, IReadOnlySet<string>? Teams, string? SourceIp)
{
    /// <summary>Whether the reviewer may see an account in <paramref name="teamIds"/>.</summary>
    /// <param name="teamIds">The account's teams.</param>
    /// <returns>True when unscoped or the account is in one of the reviewer's teams.</returns>
    public bool CanSee(IEnumerable<string> teamIds) => Teams is null || teamIds.Any(Teams.Contains);
}
