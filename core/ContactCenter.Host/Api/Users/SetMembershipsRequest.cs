namespace ContactCenter.Host.Api.Users;

/// <summary>The body of <c>PUT /api/v1/users/{id}/memberships</c>: the complete new teams, service lines and agent.</summary>
internal sealed record SetMembershipsRequest(IReadOnlyList<string>? TeamIds, IReadOnlyList<string>? ServiceLineIds, string? AgentId);
