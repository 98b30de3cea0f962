namespace ContactCenter.Plugins.Channels.Voice.Media.Srtp;

/// <summary>
/// What SDES agreed for a stream: the suite, our master key‖salt (what we send with) and the peer's. The keys are
/// kept out of <see cref="ToString"/>.
/// </summary>
internal sealed class SrtpKeying(SrtpSuite suite, byte[] localKeySalt, byte[] remoteKeySalt)
{
    public SrtpSuite Suite { get; } = suite;

    public byte[] LocalKeySalt { get; } = localKeySalt;

    public byte[] RemoteKeySalt { get; } = remoteKeySalt;

    /// <summary>True when <paramref name="other"/> has the same suite and keys (a re-INVITE that did not rekey).</summary>
    public bool SameAs(SrtpKeying? other) =>
        other is not null && other.Suite == Suite && other.LocalKeySalt.AsSpan().SequenceEqual(LocalKeySalt) && other.RemoteKeySalt.AsSpan().SequenceEqual(RemoteKeySalt);

    public SrtpSession CreateSession() => new(Suite, LocalKeySalt, RemoteKeySalt);

    public override string ToString() => Suite.Name;
}
