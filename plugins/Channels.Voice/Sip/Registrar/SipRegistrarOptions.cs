namespace ContactCenter.Plugins.Channels.Voice.Sip.Registrar;

/// <summary>Registration intervals (seconds) and per-AOR binding cap.</summary>
internal sealed record SipRegistrarOptions
{
    public long DefaultExpires { get; init; } = 3600;

    public long MinExpires { get; init; } = 60;

    public long MaxExpires { get; init; } = 7200;

    public int MaxBindingsPerAddress { get; init; } = 10;
}
