using System.Net.Sockets;
using ContactCenter.Plugins.Channels.Voice.Media.Prompts;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Ivr;

/// <summary>Audio to a caller's leg outside a bridge: the line flows and the voice contract play through the same player.</summary>
internal static class CallAudio
{
    /// <summary>A player sending into the caller leg's RTP sender at 20 ms pacing; a leg going away ends the audio quietly.</summary>
    public static PromptPlayer PlayerFor(ISipCustomerLeg call, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new PromptPlayer(
            async (frame, cancellationToken) =>
            {
                try
                {
                    await call.Media.Sender.SendFrameAsync(frame, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
                {
                    // The caller's leg is going away: the audio ends with the call.
                }
            },
            time);
    }
}
