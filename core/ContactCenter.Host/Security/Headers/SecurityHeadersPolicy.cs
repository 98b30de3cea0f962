namespace ContactCenter.Host.Security.Headers;

/// <summary>Which set of security headers an endpoint's responses carry.</summary>
public enum SecurityHeadersPolicy
{
    /// <summary>API responses (the default): nothing may be loaded, framed or executed from them.</summary>
    Api = 0,

    /// <summary>The API reference page: scripts, styles and fonts from this origin only.</summary>
    ReferencePage = 1,

    /// <summary>Content a plugin serves on its public path: the plugin sets its own policy (a web chat widget may be framed by the insurer's site).</summary>
    PluginContent = 2,

    /// <summary>The sign-in and MFA pages: scripts (the passkey script), styles and images from this origin (the QR code is a data URI), forms posting here only.</summary>
    IdentityPage = 3,

    /// <summary>
    /// The agent shell (interactive server components): scripts from this origin only (no inline script, no eval), the
    /// circuit's WebSocket to this origin, inline style attributes (the component library positions popovers with them).
    /// </summary>
    AgentShell = 4,
}
