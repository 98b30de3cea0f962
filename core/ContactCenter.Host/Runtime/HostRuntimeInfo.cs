namespace ContactCenter.Host.Runtime;

/// <summary>
/// The content of <c>{DataDirectory}/host.json</c> while the host runs: how the CLI finds it and which certificate
/// to pin. The CLI reads the same JSON shape.
/// </summary>
/// <param name="Urls">The addresses the host listens on.</param>
/// <param name="Pid">The host's process id.</param>
/// <param name="CertificateSha256">The SHA-256 fingerprint (upper-case hex) of the server certificate.</param>
/// <param name="Version">The host's version.</param>
/// <param name="StartedAt">When the host started.</param>
public sealed record HostRuntimeInfo(IReadOnlyList<string> Urls, int Pid, string CertificateSha256, string Version, DateTimeOffset StartedAt)
{
    /// <summary>The file name in the data directory.</summary>
    public const string FileName = "host.json";
}
