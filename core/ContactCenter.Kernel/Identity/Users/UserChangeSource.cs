namespace ContactCenter.Kernel.Identity.Users;

/// <summary>Who changes an account and from where, for its audit entry.</summary>
/// <param name="Actor">The actor as the audit log names it (a user id, <c>local-admin</c>, <c>system</c>).</param>
/// <param name="SourceIp">The caller's address, if the change came over the network.</param>
public sealed record UserChangeSource(string Actor, string? SourceIp)
{
    /// <summary>The platform itself (first-run bootstrap, demo seed).</summary>
    public static UserChangeSource System { get; } = new("system", null);
}
