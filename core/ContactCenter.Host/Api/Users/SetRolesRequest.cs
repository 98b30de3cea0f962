namespace ContactCenter.Host.Api.Users;

/// <summary>The body of <c>PUT /api/v1/users/{id}/roles</c>: the complete new set.</summary>
internal sealed record SetRolesRequest(IReadOnlyList<string>? Roles);
