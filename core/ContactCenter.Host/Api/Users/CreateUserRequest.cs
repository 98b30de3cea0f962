namespace ContactCenter.Host.Api.Users;

/// <summary>The body of <c>POST /api/v1/users</c>.</summary>
internal sealed record CreateUserRequest(
    string? UserName,
    string? Password,
    IReadOnlyList<string>? Roles,
    string? Email,
    IReadOnlyList<string>? TeamIds,
    IReadOnlyList<string>? ServiceLineIds,
    string? AgentId);
