namespace ContactCenter.Sdk.Errors;

/// <summary>
/// The caller (a user, a client or a plugin) lacks the permission the operation needs, or may not act on what it named
/// (outside its scope). Nothing was changed. The host answers 403.
/// </summary>
public sealed class PermissionDeniedException : ContactCenterException
{
    /// <summary>Creates the error for a missing permission (code <c>permission.denied</c>).</summary>
    /// <param name="permission">The permission the operation needs (a <see cref="Permissions"/> name).</param>
    /// <param name="message">A message for people naming what was refused and why.</param>
    public PermissionDeniedException(string permission, string message)
        : this("permission.denied", permission, message)
    {
    }

    /// <summary>Creates the error with its own code (e.g. <c>scope.forbidden</c>).</summary>
    /// <param name="errorCode">A stable, machine-readable code.</param>
    /// <param name="permission">The permission concerned, if one is.</param>
    /// <param name="message">A message for people naming what was refused and why.</param>
    public PermissionDeniedException(string errorCode, string? permission, string message)
        : base(errorCode, message)
    {
        Permission = permission;
    }

    /// <summary>The permission concerned, if one is.</summary>
    public string? Permission { get; }
}
