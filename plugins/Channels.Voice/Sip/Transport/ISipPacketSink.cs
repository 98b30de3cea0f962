namespace ContactCenter.Plugins.Channels.Voice.Sip.Transport;

/// <summary>Receives what transports read: one datagram or one framed stream message at a time.</summary>
internal interface ISipPacketSink
{
    /// <summary>Handles one message's bytes; <paramref name="stream"/> is true on stream transports.</summary>
    ValueTask OnPacketAsync(ReadOnlyMemory<byte> data, SipSource source, bool stream, CancellationToken cancellationToken);
}
