namespace ContactCenter.Host.Demo;

/// <summary>
/// Configuration section <c>CC:Demo</c>. Demo mode seeds a small, clearly marked contact center (service lines Autos
/// and Salud, their queues, teams, four agents and a supervisor) and prints how to try it. The command-line switches
/// <c>--demo</c> and <c>--demo-force</c> set these keys.
/// </summary>
public sealed class DemoOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Demo";

    /// <summary>Seeds the demo data at start-up and prints the guide (<c>--demo</c>, <c>CC__Demo__Enabled=true</c>).</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Allows demo mode on an address other than loopback (<c>--demo-force</c>, <c>CC__Demo__AllowRemote=true</c>).
    /// Off by default: demo data uses well-known names and must not be mistaken for a reachable service.
    /// </summary>
    public bool AllowRemote { get; set; }

    /// <summary>
    /// The password of the demo users (<c>CC__Demo__Password</c>; must pass the password policy). When absent, one is
    /// generated and printed in the guide at the start that creates the users. Never logged.
    /// </summary>
    public string? Password { get; set; }

    /// <summary>
    /// Serves a local stand-in of the WhatsApp Graph API and points the bundled WhatsApp plugin's account at it at each
    /// start, so a demo customer can write with <c>POST /demo/whatsapp/messages</c> (<c>CC__Demo__WhatsAppStandIn</c>; on by
    /// default in demo mode). Turn it off to keep a real account set with <c>PUT /api/v1/channels/cc.channels.whatsapp/account</c>.
    /// </summary>
    public bool WhatsAppStandIn { get; set; } = true;
}
