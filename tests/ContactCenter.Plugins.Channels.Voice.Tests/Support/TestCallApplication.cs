using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Support;

/// <summary>A scripted call application: rings, optionally answers, plays a tone, optionally hangs up; records what it saw.</summary>
internal sealed class TestCallApplication : ISipCallApplication
{
    public bool Answer { get; init; } = true;

    public TimeSpan? HangupAfter { get; init; }

    public ConcurrentQueue<SipCall> Calls { get; } = new();

    public ConcurrentQueue<char> Digits { get; } = new();

    public ConcurrentDictionary<string, SipCallEndReason> Ended { get; } = new();

    public long SamplesReceived => Interlocked.Read(ref _samples);

    private long _samples;

    public async Task OnIncomingCallAsync(SipCall call, CancellationToken cancellationToken)
    {
        Calls.Enqueue(call);
        call.Media.DtmfReceived += Digits.Enqueue;
        call.Media.AudioReceived += pcm => Interlocked.Add(ref _samples, pcm.Length);
        await call.RingAsync();
        if (Answer && await call.AnswerAsync())
        {
            await call.Media.Sender.PlayAsync(Media.Rtp.RtpSessionTests.Tone(1600), cancellationToken);
            if (HangupAfter is { } delay)
            {
                await Task.Delay(delay, cancellationToken);
                await call.HangupAsync();
            }
        }

        Ended[call.CallId] = await call.Ended.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }

    /// <summary>Waits until every call seen has ended (SIPp may exit a moment before our side processed its last message).</summary>
    public async Task WaitEndedAsync(int calls)
    {
        for (var i = 0; i < 200 && Ended.Count < calls; i++)
        {
            await Task.Delay(25);
        }
    }
}
