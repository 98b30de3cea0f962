namespace ContactCenter.Plugins.Channels.Voice.Media.Mixing;

/// <summary>
/// The 20 ms frames a periodic callback owes, counted against its start on the injected time. A timer does not catch
/// up: on a busy machine a late tick is simply one tick, so a clock that produced one frame per tick fell behind the
/// wall clock (audio recorded short, prompts piling up unrecorded). Each tick asks <see cref="Due"/> how many frames
/// are owed and produces them all, up to <paramref name="maxCatchUp"/>; after a longer stall the rest is given up
/// (<see cref="GivenUp"/>) rather than sent as one long burst.
/// </summary>
internal sealed class FrameClock(TimeProvider time, int maxCatchUp)
{
    public static readonly TimeSpan FramePeriod = TimeSpan.FromMilliseconds(20);

    // A timer may fire a hair early: half a frame of tolerance keeps an on-time tick from owing nothing and the next
    // one two.
    private static readonly TimeSpan Tolerance = FramePeriod / 2;

    private readonly long _start = time.GetTimestamp();
    private long _counted;

    /// <summary>Frames owed but given up because the clock stalled for longer than the catch-up allows.</summary>
    public long GivenUp { get; private set; }

    /// <summary>Frames owed now (0 to the catch-up bound); they count as produced once returned. One caller at a time.</summary>
    public int Due()
    {
        var owed = ((time.GetElapsedTime(_start) + Tolerance).Ticks / FramePeriod.Ticks) - _counted;
        if (owed <= 0)
        {
            return 0;
        }

        var due = (int)Math.Min(owed, maxCatchUp);
        GivenUp += owed - due;
        _counted += owed;
        return due;
    }
}
