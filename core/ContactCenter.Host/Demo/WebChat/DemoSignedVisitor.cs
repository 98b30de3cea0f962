namespace ContactCenter.Host.Demo.WebChat;

/// <summary>The <c>data-visitor-*</c> attributes of a signed-in page.</summary>
internal sealed record DemoSignedVisitor(string VisitorId, string Email, string Name, long Expires, string Signature);
