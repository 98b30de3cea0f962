using System.Net.Sockets;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;

namespace ContactCenter.Plugins.Channels.Voice.Media.Mixing;

/// <summary>
/// Joins an RTP session to a call's mixer: decoded audio it receives feeds the participant's buffer, the mix for the
/// participant is encoded and sent on it. Disposing leaves the mix and stops listening to the session.
/// </summary>
internal sealed class RtpMixerLink : IDisposable
{
    private readonly CallMixer _mixer;
    private readonly RtpSession _session;
    private readonly Action<RtpAudio> _onAudio;

    public RtpMixerLink(CallMixer mixer, string id, MixerRole role, RtpSession session, MonitorMode mode = MonitorMode.Listen)
    {
        _mixer = mixer;
        _session = session;
        Jitter = new JitterBuffer();
        Participant = new MixerParticipant(id, role, SendAsync, mode, Jitter);
        _onAudio = audio => Jitter.Write(audio.Ssrc, audio.Timestamp, audio.Samples.Span, audio.Arrival);
        session.AudioPacketReceived += _onAudio;
        mixer.Add(Participant);
    }

    public MixerParticipant Participant { get; }

    /// <summary>Puts this leg's packets back in order before the mixer reads them.</summary>
    public JitterBuffer Jitter { get; }

    public void Dispose()
    {
        _session.AudioPacketReceived -= _onAudio;
        _mixer.Remove(Participant.Id);
    }

    private async ValueTask SendAsync(ReadOnlyMemory<short> frame)
    {
        try
        {
            await _session.Sender.SendFrameAsync(frame, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // The leg is going away (socket closed) or its peer is unreachable: the other legs keep their mix.
        }
    }
}
