using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip.Dialogs;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// Where an in-dialog request goes (RFC 3263 reduced to what a contact center on known networks needs): the first
/// Route's URI, else the remote target, when it is an IP literal; otherwise back to the address the dialog came from.
/// </summary>
internal static class SipTargets
{
    public static IPEndPoint Destination(SipDialog dialog)
    {
        var uri = dialog.RouteSet.Count > 0
            ? Messages.SipNameAddress.Parse(dialog.RouteSet[0], Messages.SipHeaderNames.Route).Uri!
            : dialog.RemoteTarget;
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address)
            ? new IPEndPoint(address, uri.Port ?? 5060)
            : dialog.Peer.Remote;
    }
}
