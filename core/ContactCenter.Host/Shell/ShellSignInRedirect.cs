namespace ContactCenter.Host.Shell;

/// <summary>
/// Sends a browser without a session from a shell page to the sign-in page, which brings it back afterwards. The API
/// answers 401 instead (see SessionCookies); only page requests to the shell's paths are redirected.
/// </summary>
internal sealed class ShellSignInRedirect(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && IsShellPage(request.Path) && context.User.Identity?.IsAuthenticated != true)
        {
            var returnUrl = request.Path.Value + request.QueryString.Value;
            context.Response.Redirect($"/identity/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool IsShellPage(PathString path) =>
        (path.StartsWithSegments(ShellEndpoints.AgentPath, out var rest) || path.StartsWithSegments(ShellEndpoints.SupervisorPath, out rest))
        && !rest.StartsWithSegments("/assets");
}
