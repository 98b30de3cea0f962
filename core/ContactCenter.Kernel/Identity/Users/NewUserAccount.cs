namespace ContactCenter.Kernel.Identity.Users;

/// <summary>What an administrator gives to create an account.</summary>
/// <param name="UserName">The sign-in name (letters, digits and <c>-._@+</c>).</param>
/// <param name="Password">The initial password (checked against the password policy); the user must change it at first sign-in.</param>
/// <param name="Roles">Built-in role names.</param>
public sealed record NewUserAccount(string UserName, string Password, IReadOnlyList<string> Roles)
{
    /// <summary>The e-mail address, if any.</summary>
    public string? Email { get; init; }

    /// <summary>Teams the user belongs to (must exist in the directory).</summary>
    public IReadOnlyList<string> TeamIds { get; init; } = [];

    /// <summary>Service lines the user works for (must exist in the directory).</summary>
    public IReadOnlyList<string> ServiceLineIds { get; init; } = [];

    /// <summary>The directory agent the user signs in as (must exist), if any.</summary>
    public string? AgentId { get; init; }

    /// <summary>Whether the password must be changed at the first sign-in (default yes: an administrator chose it).</summary>
    public bool MustChangePassword { get; init; } = true;
}
