namespace ContactCenter.Host.Security.Headers;

/// <summary>Endpoint metadata choosing a <see cref="SecurityHeadersPolicy"/>; endpoints without it get <see cref="SecurityHeadersPolicy.Api"/>.</summary>
/// <param name="Policy">The policy.</param>
public sealed record SecurityHeadersMetadata(SecurityHeadersPolicy Policy);
