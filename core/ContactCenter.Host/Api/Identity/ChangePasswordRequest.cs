namespace ContactCenter.Host.Api.Identity;

/// <summary>The body of <c>POST /api/v1/identity/password</c>.</summary>
internal sealed record ChangePasswordRequest(string? UserName, string? CurrentPassword, string? NewPassword);
