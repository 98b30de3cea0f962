namespace ContactCenter.Host.Demo;

/// <summary>What the printed guide needs to know about this host.</summary>
/// <param name="BaseUrl">The address to call, e.g. <c>https://127.0.0.1:8443</c>.</param>
/// <param name="TokenPath">The administrator token file (the token itself is never printed).</param>
/// <param name="PublicKeyPin">The certificate's public key pin for curl, <c>sha256//{base64}</c>.</param>
/// <param name="DataDirectory">The full path of the data directory.</param>
/// <param name="WhatsAppStandIn">Whether the WhatsApp Graph API stand-in serves the demo (<see cref="DemoOptions.WhatsAppStandIn"/>).</param>
internal sealed record DemoGuideFacts(string BaseUrl, string TokenPath, string PublicKeyPin, string DataDirectory, bool WhatsAppStandIn = false)
{
    /// <summary>The guide's file in the data directory, rewritten at each demo start.</summary>
    public string GuidePath => Path.Combine(DataDirectory, DemoGuide.FileName);
}
