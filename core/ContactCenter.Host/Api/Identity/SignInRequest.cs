namespace ContactCenter.Host.Api.Identity;

/// <summary>The body of <c>POST /api/v1/identity/sign-in</c>.</summary>
internal sealed record SignInRequest(string? UserName, string? Password);
