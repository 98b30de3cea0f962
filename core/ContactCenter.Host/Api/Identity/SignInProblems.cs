using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactCenter.Host.Api.Identity;

/// <summary>Sign-in refusals as problems with a stable code and a message in English and Spanish (people read them).</summary>
internal static class SignInProblems
{
    public static IResult Failed() => Problem(StatusCodes.Status401Unauthorized, "sign-in.failed",
        "The user name or password is not right. / El usuario o la contraseña no son correctos.");

    public static IResult LockedOut() => Problem(StatusCodes.Status401Unauthorized, "sign-in.locked-out",
        "Too many failed attempts: the account is locked for a while. / Demasiados intentos fallidos: la cuenta está bloqueada por un tiempo.");

    public static IResult MfaRequired() => Problem(StatusCodes.Status403Forbidden, "sign-in.mfa-required",
        "This account must sign in with MFA: use the sign-in page /identity/sign-in. / Esta cuenta debe ingresar con MFA: use la página /identity/sign-in.");

    public static IResult PasswordChangeRequired() => Problem(StatusCodes.Status403Forbidden, "sign-in.password-change-required",
        "The password must be changed before signing in: use /identity/sign-in or POST /api/v1/identity/password. / Debe cambiar la contraseña antes de ingresar: use /identity/sign-in o POST /api/v1/identity/password.");

    private static ProblemHttpResult Problem(int status, string code, string detail) =>
        TypedResults.Problem(statusCode: status, title: "Sign-in refused", detail: detail, type: $"https://contactcenter.dev/problems/{code}",
            extensions: new Dictionary<string, object?> { ["code"] = code });
}
