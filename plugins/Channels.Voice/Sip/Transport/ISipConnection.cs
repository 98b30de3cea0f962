namespace ContactCenter.Plugins.Channels.Voice.Sip.Transport;

/// <summary>A stream transport connection that responses can be written to.</summary>
internal interface ISipConnection
{
    ValueTask SendAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    void Close();
}
