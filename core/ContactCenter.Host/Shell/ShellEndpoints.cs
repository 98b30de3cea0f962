using ContactCenter.Host.Security.Headers;
using ContactCenter.Host.Shell.Assets;
using ContactCenter.Sdk;

namespace ContactCenter.Host.Shell;

/// <summary>
/// Maps the agent shell: its pages as Razor components with interactive server rendering (the circuit's hub included,
/// both behind the agent permission), the framework and MudBlazor files, and the shell's own script and stylesheet.
/// </summary>
internal static class ShellEndpoints
{
    public const string AgentPath = "/agent";

    public const string SupervisorPath = "/supervisor";

    public static IEndpointRouteBuilder MapAgentShell(this IEndpointRouteBuilder endpoints)
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "ContactCenter.Host.staticwebassets.endpoints.json");
        endpoints.MapStaticAssets(File.Exists(manifest) ? manifest : null)
            .WithSecurityHeaders(SecurityHeadersPolicy.AgentShell)
            .AllowPublic("Framework and component library files of the agent shell (scripts, styles, fonts): no data.");
        var assets = endpoints.MapGroup($"{AgentPath}/assets").ExcludeFromDescription().WithSecurityHeaders(SecurityHeadersPolicy.AgentShell)
            .AllowPublic("The agent shell's own script and stylesheet: no data.");
        assets.MapGet("/shell.js", ShellAssets.ServeScript);
        assets.MapGet("/shell.css", ShellAssets.ServeStylesheet);

        endpoints.MapRazorComponents<ShellApp>()
            // The security headers middleware already sends frame-ancestors 'none'; the framework would add a second, weaker policy.
            .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null)
            .WithSecurityHeaders(SecurityHeadersPolicy.AgentShell)
            .RequirePermission(Permissions.AgentConnect);
        return endpoints;
    }
}
