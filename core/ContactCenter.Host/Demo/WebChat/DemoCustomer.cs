namespace ContactCenter.Host.Demo.WebChat;

/// <summary>The signed-in customer of the test pages: the same visitor on both lines, so the agent sees one history.</summary>
internal static class DemoCustomer
{
    public const string VisitorId = "demo-customer-1";
    public const string Email = "cliente.demo@aseguradora.test";
    public const string Name = "Cliente Demo (demo)";

    /// <summary>How long a page's signature stays valid (the plugin accepts at most 24 hours).</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromHours(1);
}
