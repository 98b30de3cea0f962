namespace ContactCenter.Plugins.Channels.Voice.Media.Bridging;

/// <summary>Which side of a bridged call hung up first.</summary>
internal enum BridgeEnd
{
    Customer,
    Agent,
}
