namespace ContactCenter.Plugins.Channels.Voice.Sip.Protection;

/// <summary>Per-source rate limit and brute-force protection settings.</summary>
internal sealed record SipProtectionOptions
{
    /// <summary>Sustained requests per second allowed from one source address.</summary>
    public double RequestsPerSecond { get; init; } = 50;

    /// <summary>Burst size: requests a quiet source may send at once.</summary>
    public int Burst { get; init; } = 100;

    /// <summary>Failed authentications from one source, within <see cref="FailureWindow"/>, that trigger a ban.</summary>
    public int MaxAuthFailures { get; init; } = 5;

    public TimeSpan FailureWindow { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan BanDuration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Sources tracked at most; idle entries are evicted first so a spoofing flood cannot exhaust memory.</summary>
    public int MaxTrackedSources { get; init; } = 100_000;
}
