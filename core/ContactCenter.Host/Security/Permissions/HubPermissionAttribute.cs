namespace ContactCenter.Host.Security.Permissions;

/// <summary>The permission a caller needs to invoke a hub method. A hub method without it cannot be invoked.</summary>
/// <param name="permission">One of <see cref="Sdk.Permissions"/>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class HubPermissionAttribute(string permission) : Attribute
{
    /// <summary>The permission.</summary>
    public string Permission { get; } = permission;
}
