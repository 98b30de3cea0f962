namespace ContactCenter.Cli.Connection;

/// <summary>A running host to talk to.</summary>
/// <param name="BaseAddress">Its HTTPS address.</param>
/// <param name="CertificateSha256">The fingerprint its certificate must have.</param>
/// <param name="Token">The bearer token.</param>
/// <param name="Version">Its version, when host.json says.</param>
public sealed record HostTarget(Uri BaseAddress, string CertificateSha256, string Token, string? Version);
