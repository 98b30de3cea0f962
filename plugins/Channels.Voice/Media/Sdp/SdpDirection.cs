namespace ContactCenter.Plugins.Channels.Voice.Media.Sdp;

/// <summary>Media direction attributes (RFC 3264 §5.1, §6.1); a hold is sendonly/inactive from the holder.</summary>
internal enum SdpDirection
{
    SendRecv,
    SendOnly,
    RecvOnly,
    Inactive,
}
