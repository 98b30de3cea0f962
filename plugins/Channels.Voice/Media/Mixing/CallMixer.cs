using System.Collections.Immutable;

namespace ContactCenter.Plugins.Channels.Voice.Media.Mixing;

/// <summary>
/// The per-call mixer the media is anchored in: every 20 ms it takes one frame of what each participant said
/// (decoded G.711 → 8 kHz linear PCM), gives each participant the saturated sum of the voices it hears
/// (<see cref="MixPolicy"/>), to be encoded for its leg, and hands the recording its two channels. A two-party call
/// is the plain B2BUA bridge (and transcodes PCMU ↔ PCMA for free); supervisors and conference parties join live.
/// A late timer tick mixes every frame it owes (<see cref="FrameClock"/>), so the legs and the recording keep the
/// wall clock's pace on a busy machine.
/// </summary>
internal sealed class CallMixer(TimeProvider time) : IAsyncDisposable
{
    public const int FrameSamples = PcmFrameBuffer.FrameSamples;

    /// <summary>Frames one late tick may catch up (200 ms): a longer stall is given up, not sent to the phones as a burst.</summary>
    public const int MaxCatchUp = 10;

    private ImmutableArray<MixerParticipant> _participants = [];
    private ITimer? _timer;
    private FrameClock? _clock;
    private int _ticking;

    /// <summary>Each tick's recording channels: customer (left), agent side (right), one 20 ms frame each.</summary>
    public event Action<ReadOnlyMemory<short>, ReadOnlyMemory<short>>? Recorded;

    public ImmutableArray<MixerParticipant> Participants => _participants;

    /// <summary>Timer ticks that found the previous one still sending (a saturated machine); the next one catches up.</summary>
    public long Overruns { get; private set; }

    /// <summary>Frames never mixed because the clock stalled for longer than <see cref="MaxCatchUp"/> frames.</summary>
    public long GivenUp => _clock?.GivenUp ?? 0;

    /// <summary>Frames mixed.</summary>
    public long Ticks { get; private set; }

    public MixerParticipant Add(MixerParticipant participant)
    {
        ImmutableInterlocked.Update(ref _participants, list => list.Add(participant));
        return participant;
    }

    public bool Remove(string id) =>
        ImmutableInterlocked.Update(ref _participants, list => list.RemoveAll(p => p.Id == id));

    public MixerParticipant? Find(string id) => _participants.FirstOrDefault(p => p.Id == id);

    /// <summary>Starts the 20 ms clock on the injected time.</summary>
    public void Start()
    {
        if (_timer is null)
        {
            _clock = new FrameClock(time, MaxCatchUp);
            _timer = time.CreateTimer(_ => _ = OnTimerAsync(), null, FrameClock.FramePeriod, FrameClock.FramePeriod);
        }
    }

    /// <summary>Mixes and delivers one 20 ms frame (the timer calls this; tests call it directly).</summary>
    public async Task TickAsync()
    {
        var participants = _participants;
        var said = new short[participants.Length][];
        for (var i = 0; i < participants.Length; i++)
        {
            said[i] = new short[FrameSamples];
            participants[i].Source.TryRead(said[i]);
        }

        var customer = new int[FrameSamples];
        var agent = new int[FrameSamples];
        for (var s = 0; s < participants.Length; s++)
        {
            switch (MixPolicy.RecordedOn(participants[s]))
            {
                case RecordingChannel.Customer:
                    Accumulate(customer, said[s]);
                    break;
                case RecordingChannel.Agent:
                    Accumulate(agent, said[s]);
                    break;
            }
        }

        Recorded?.Invoke(Saturate(customer), Saturate(agent));
        for (var l = 0; l < participants.Length; l++)
        {
            var heard = new int[FrameSamples];
            for (var s = 0; s < participants.Length; s++)
            {
                if (MixPolicy.Hears(participants[l], participants[s]))
                {
                    Accumulate(heard, said[s]);
                }
            }

            await participants[l].DeliverAsync(Saturate(heard)).ConfigureAwait(false);
        }

        Ticks++;
    }

    public async ValueTask DisposeAsync()
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static void Accumulate(int[] sum, short[] frame)
    {
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] += frame[i];
        }
    }

    private static short[] Saturate(int[] sum)
    {
        var result = new short[sum.Length];
        for (var i = 0; i < sum.Length; i++)
        {
            result[i] = (short)Math.Clamp(sum[i], short.MinValue, short.MaxValue);
        }

        return result;
    }

    private async Task OnTimerAsync()
    {
        if (Interlocked.Exchange(ref _ticking, 1) == 1)
        {
            Overruns++;
            return;
        }

        try
        {
            for (var due = _clock!.Due(); due > 0; due--)
            {
                await TickAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            Volatile.Write(ref _ticking, 0);
        }
    }
}
