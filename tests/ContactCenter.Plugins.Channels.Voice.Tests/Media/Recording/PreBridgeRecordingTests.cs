using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Mixing;
using ContactCenter.Plugins.Channels.Voice.Media.Recording;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Media.Sdp;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Recording;

/// <summary>
/// The recording before the bridge keeps the wall clock's length when its 20 ms timer fires late: a greeting sent in
/// real time is recorded whole and in order, not one frame per late tick with the rest dropped, and the frames the
/// cushion holds at the hand-over are recorded too. A pause leaves out exactly what was played during it, and the
/// cushion's latency is not recorded as time of the call.
/// </summary>
public sealed class PreBridgeRecordingTests
{
    private static readonly TimeSpan Frame = FrameClock.FramePeriod;

    [Fact]
    public async Task TimerFiresLate_EveryFrameSentIsRecordedInOrder_OnThePlatformChannel()
    {
        await using var rig = new Rig();

        // One second of prompt, frame f carrying level 100 + f, sent on time while the timer fires every 100 ms only.
        for (var step = 0; step < 10; step++)
        {
            for (var f = step * 5; f < (step + 1) * 5; f++)
            {
                await rig.SendAsync(100 + f);
            }

            rig.Tick(Frame * 5);
        }

        var right = await rig.HandOverAsync();

        // Every frame in order from the recording's start (the ticks while the cushion filled are its latency, not the
        // call's time), the last ones written by the hand-over from what the cushion held.
        Assert.Equal(Enumerable.Range(0, 50).Select(f => (short)(100 + f)), right);
    }

    [Fact]
    public async Task PausedWhileTheCushionHoldsFrames_ExactlyWhatWasPlayedDuringThePauseIsLeftOut()
    {
        await using var rig = new Rig();

        // Frame f (level 100 + f) sent on time; paused before frame 20 is sent, resumed before frame 30.
        for (var f = 0; f < 60; f++)
        {
            if (f == 20)
            {
                Assert.True(rig.Pre.Recorder!.Pause());
            }
            else if (f == 30)
            {
                Assert.True(rig.Pre.Recorder!.Resume());
            }

            await rig.SendAsync(100 + f);
            rig.Tick(Frame);
        }

        var heard = (await rig.HandOverAsync()).Where(level => level != 0);

        // The cushion held frames from before the pause when it began and wrote them during it: those are kept; the ones
        // sent during the pause, written after the resume, are not.
        Assert.Equal(Enumerable.Range(0, 20).Concat(Enumerable.Range(30, 30)).Select(f => (short)(100 + f)), heard);
        Assert.Equal(1, rig.Pauses);
    }

    [Fact]
    public async Task PromptStartsAfterTheAnswer_RecordingKeepsThatDelay_NotTheCushionsLatency()
    {
        await using var rig = new Rig();

        // Answered at once; the prompt's 35 frames start 100 ms (5 frames) later, one per 20 ms.
        for (var f = 0; f < 40; f++)
        {
            if (f >= 5)
            {
                await rig.SendAsync(100 + f - 5);
            }

            rig.Tick(Frame);
        }

        var right = await rig.HandOverAsync();

        var leading = right.TakeWhile(level => level == 0).Count();
        Assert.InRange(leading, 4, 6);
        Assert.Equal(Enumerable.Range(0, 35).Select(f => (short)(100 + f)), right.Skip(leading));
    }

    /// <summary>
    /// An answered leg recorded before any bridge, on timers that fire only when told; frames sent carry one level each,
    /// and the hand-over returns the level of each 20 ms frame on the platform (right) channel.
    /// </summary>
    private sealed class Rig : IAsyncDisposable
    {
        private readonly LateTimers _time = new();
        private readonly ChunkSink _sink = new();
        private readonly RtpSession _leg;

        public Rig()
        {
            _leg = new RtpSession(IPAddress.Loopback, RtpPortRange.Ephemeral, _time, NullLogger.Instance);
            _leg.Configure(new NegotiatedMedia(new IPEndPoint(IPAddress.Loopback, 9), null, 0, null, SdpDirection.SendRecv));
            Pre = new PreBridgeRecording(_leg, () => true, new CallRecorder("rec-test", _sink.Writer()), _time);
        }

        public PreBridgeRecording Pre { get; }

        public int Pauses { get; private set; }

        public ValueTask SendAsync(int level) =>
            _leg.Sender.SendFrameAsync(Enumerable.Repeat((short)level, CallMixer.FrameSamples).ToArray(), CancellationToken.None);

        /// <summary>Moves time on by <paramref name="elapsed"/>, then fires the recording's 20 ms timer once.</summary>
        public void Tick(TimeSpan elapsed)
        {
            _time.Advance(elapsed);
            _time.FireEvery(Frame);
        }

        public async Task<short[]> HandOverAsync()
        {
            using var recorder = Pre.HandOver()!;
            Pauses = recorder.Pauses;
            var wav = await recorder.StopAsync();
            var samples = ChunkSink.Samples(_sink.Assemble(wav!.Tail, wav.Chunks));
            return samples.Where((_, i) => i % 2 == 1).Chunk(CallMixer.FrameSamples).Select(frame => frame[0]).ToArray();
        }

        public async ValueTask DisposeAsync()
        {
            Pre.Dispose();
            await _leg.DisposeAsync();
        }
    }
}
