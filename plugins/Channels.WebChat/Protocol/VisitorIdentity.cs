namespace ContactCenter.Plugins.Channels.WebChat.Protocol;

/// <summary>
/// A signed-in visitor as the website's server vouches for them: <see cref="Signature"/> is the hex HMAC-SHA256, under
/// the plugin's identity secret, of <c>{visitorId}\n{email}\n{expires}</c> (see docs/webchat.md).
/// </summary>
/// <param name="VisitorId">The website's own id for the visitor.</param>
/// <param name="Email">The visitor's email address, or empty.</param>
/// <param name="Name">A display name (not signed: never used for matching).</param>
/// <param name="Expires">Unix seconds after which the signature is refused.</param>
/// <param name="Signature">Lower-case hex HMAC-SHA256.</param>
internal sealed record VisitorIdentity(string VisitorId, string Email, string? Name, long Expires, string Signature);
