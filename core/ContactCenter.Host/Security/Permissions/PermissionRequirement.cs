using Microsoft.AspNetCore.Authorization;

namespace ContactCenter.Host.Security.Permissions;

/// <summary>The caller must hold one permission.</summary>
/// <param name="Permission">The permission.</param>
internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
