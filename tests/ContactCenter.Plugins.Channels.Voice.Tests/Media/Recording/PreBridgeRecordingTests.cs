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
/// cushion holds at the hand-over are recorded too.
/// </summary>
public sealed class PreBridgeRecordingTests
{
    private static readonly TimeSpan Frame = FrameClock.FramePeriod;

    [Fact]
    public async Task TimerFiresLate_EveryFrameSentIsRecordedInOrder_OnThePlatformChannel()
    {
        var time = new LateTimers();
        await using var leg = new RtpSession(IPAddress.Loopback, RtpPortRange.Ephemeral, time, NullLogger.Instance);
        leg.Configure(new NegotiatedMedia(new IPEndPoint(IPAddress.Loopback, 9), null, 0, null, SdpDirection.SendRecv));
        var sink = new ChunkSink();
        using var pre = new PreBridgeRecording(leg, () => true, new CallRecorder("rec-test", sink.Writer()), time);

        // One second of prompt, frame f carrying level 100 + f, sent on time while the timer fires every 100 ms only.
        for (var step = 0; step < 10; step++)
        {
            for (var f = step * 5; f < (step + 1) * 5; f++)
            {
                await leg.Sender.SendFrameAsync(Enumerable.Repeat((short)(100 + f), CallMixer.FrameSamples).ToArray(), CancellationToken.None);
            }

            time.Advance(Frame * 5);
            time.FireEvery(Frame);
        }

        using var recorder = pre.HandOver()!;
        var wav = await recorder.StopAsync();
        var samples = ChunkSink.Samples(sink.Assemble(wav!.Tail, wav.Chunks));
        var right = samples.Where((_, i) => i % 2 == 1).Chunk(CallMixer.FrameSamples).Select(frame => frame[0]).ToArray();

        // Every frame in order from the recording's start (the ticks while the cushion filled are its latency, not the
        // call's time), the last ones written by the hand-over from what the cushion held.
        Assert.Equal(Enumerable.Range(0, 50).Select(f => (short)(100 + f)), right);
    }

    [Fact]
    public async Task PausedWhileTheCushionHoldsFrames_ExactlyWhatWasPlayedDuringThePauseIsLeftOut()
    {
        var time = new LateTimers();
        await using var leg = new RtpSession(IPAddress.Loopback, RtpPortRange.Ephemeral, time, NullLogger.Instance);
        leg.Configure(new NegotiatedMedia(new IPEndPoint(IPAddress.Loopback, 9), null, 0, null, SdpDirection.SendRecv));
        var sink = new ChunkSink();
        using var pre = new PreBridgeRecording(leg, () => true, new CallRecorder("rec-test", sink.Writer()), time);

        // Frame f (level 100 + f) sent on time; paused before frame 20 is sent, resumed before frame 30.
        for (var f = 0; f < 60; f++)
        {
            if (f == 20)
            {
                Assert.True(pre.Recorder!.Pause());
            }
            else if (f == 30)
            {
                Assert.True(pre.Recorder!.Resume());
            }

            await leg.Sender.SendFrameAsync(Enumerable.Repeat((short)(100 + f), CallMixer.FrameSamples).ToArray(), CancellationToken.None);
            time.Advance(Frame);
            time.FireEvery(Frame);
        }

        using var recorder = pre.HandOver()!;
        var wav = await recorder.StopAsync();
        var samples = ChunkSink.Samples(sink.Assemble(wav!.Tail, wav.Chunks));
        var heard = samples.Where((_, i) => i % 2 == 1).Chunk(CallMixer.FrameSamples).Select(frame => frame[0]).Where(level => level != 0).ToArray();

        // The cushion held frames from before the pause when it began and wrote them during it: those are kept; the ones
        // sent during the pause, written after the resume, are not.
        Assert.Equal(Enumerable.Range(0, 20).Concat(Enumerable.Range(30, 30)).Select(f => (short)(100 + f)), heard);
        Assert.Equal(1, recorder.Pauses);
    }

    [Fact]
    public async Task PromptStartsAfterTheAnswer_RecordingKeepsThatDelay_NotTheCushionsLatency()
    {
        var time = new LateTimers();
        await using var leg = new RtpSession(IPAddress.Loopback, RtpPortRange.Ephemeral, time, NullLogger.Instance);
        leg.Configure(new NegotiatedMedia(new IPEndPoint(IPAddress.Loopback, 9), null, 0, null, SdpDirection.SendRecv));
        var sink = new ChunkSink();
        using var pre = new PreBridgeRecording(leg, () => true, new CallRecorder("rec-test", sink.Writer()), time);

        // Answered at once; the prompt's 35 frames start 100 ms (5 frames) later, one per 20 ms.
        for (var f = 0; f < 40; f++)
        {
            if (f >= 5)
            {
                await leg.Sender.SendFrameAsync(Enumerable.Repeat((short)(100 + f - 5), CallMixer.FrameSamples).ToArray(), CancellationToken.None);
            }

            time.Advance(Frame);
            time.FireEvery(Frame);
        }

        using var recorder = pre.HandOver()!;
        var wav = await recorder.StopAsync();
        var samples = ChunkSink.Samples(sink.Assemble(wav!.Tail, wav.Chunks));
        var right = samples.Where((_, i) => i % 2 == 1).Chunk(CallMixer.FrameSamples).Select(frame => frame[0]).ToArray();

        var leading = right.TakeWhile(level => level == 0).Count();
        Assert.InRange(leading, 4, 6);
        Assert.Equal(Enumerable.Range(0, 35).Select(f => (short)(100 + f)), right.Skip(leading));
    }
}
