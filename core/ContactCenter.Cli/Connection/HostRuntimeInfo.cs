namespace ContactCenter.Cli.Connection;

/// <summary>What a running host writes to <c>{DataDirectory}/host.json</c> (same JSON shape as the host's record).</summary>
/// <param name="Urls">The addresses the host listens on.</param>
/// <param name="Pid">The host's process id.</param>
/// <param name="CertificateSha256">The SHA-256 fingerprint of its certificate.</param>
/// <param name="Version">The host's version.</param>
public sealed record HostRuntimeInfo(IReadOnlyList<string> Urls, int Pid, string CertificateSha256, string? Version);
