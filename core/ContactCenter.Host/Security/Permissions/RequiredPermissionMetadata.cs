namespace ContactCenter.Host.Security.Permissions;

/// <summary>Endpoint metadata: the permission a caller needs.</summary>
/// <param name="Permission">The permission, one of <see cref="Sdk.Permissions"/>.</param>
public sealed record RequiredPermissionMetadata(string Permission);
