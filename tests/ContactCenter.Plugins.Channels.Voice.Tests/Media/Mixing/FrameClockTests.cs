using ContactCenter.Plugins.Channels.Voice.Media.Mixing;
using ContactCenter.Plugins.Channels.Voice.Tests.Support;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Mixing;

/// <summary>
/// The media clock keeps the wall clock's pace when its timer fires late: every 20 ms frame owed is produced, up to a
/// bound after which a stall is given up rather than sent as a burst.
/// </summary>
public sealed class FrameClockTests
{
    private static readonly TimeSpan Frame = FrameClock.FramePeriod;

    [Fact]
    public void Due_OnTimeTicks_OneFrameEach_EvenAHairEarly()
    {
        var time = new LateTimers();
        var clock = new FrameClock(time, maxCatchUp: 10);

        time.Advance(Frame - TimeSpan.FromMilliseconds(1));
        var early = clock.Due();
        time.Advance(Frame + TimeSpan.FromMilliseconds(1));
        var onTime = clock.Due();
        var again = clock.Due();

        Assert.Equal((1, 1, 0), (early, onTime, again));
        Assert.Equal(0, clock.GivenUp);
    }

    [Fact]
    public void Due_LateTick_OwesEveryFrameSinceTheLastOne()
    {
        var time = new LateTimers();
        var clock = new FrameClock(time, maxCatchUp: 10);
        time.Advance(Frame);
        Assert.Equal(1, clock.Due());

        time.Advance(Frame * 5);

        Assert.Equal(5, clock.Due());
        Assert.Equal(0, clock.GivenUp);
    }

    [Fact]
    public void Due_StallBeyondTheBound_GivesTheRestUpAndGoesOnFromNow()
    {
        var time = new LateTimers();
        var clock = new FrameClock(time, maxCatchUp: 10);

        time.Advance(TimeSpan.FromSeconds(1));
        var afterStall = clock.Due();
        time.Advance(Frame);
        var next = clock.Due();

        Assert.Equal((10, 40L, 1), (afterStall, clock.GivenUp, next));
    }

    [Fact]
    public async Task Mixer_TimerFiresLate_MixesEveryFrameOwed_ForEveryLegAndTheRecording()
    {
        var time = new LateTimers();
        await using var mixer = new CallMixer(time);
        var delivered = new Dictionary<string, int> { ["customer"] = 0, ["agent"] = 0 };
        foreach (var (id, role) in new[] { ("customer", MixerRole.Customer), ("agent", MixerRole.Agent) })
        {
            mixer.Add(new MixerParticipant(id, role, _ => { delivered[id]++; return ValueTask.CompletedTask; }));
        }

        var recorded = 0;
        mixer.Recorded += (_, _) => recorded++;
        mixer.Start();

        // One second in which the 20 ms timer fired only every 100 ms, then a 1 s stall.
        for (var step = 0; step < 10; step++)
        {
            time.Advance(Frame * 5);
            time.FireEvery(Frame);
        }

        var second = (mixer.Ticks, recorded, delivered["customer"], delivered["agent"]);
        time.Advance(TimeSpan.FromSeconds(1));
        time.FireEvery(Frame);

        Assert.Equal((50L, 50, 50, 50), second);
        Assert.Equal((60L, CallMixer.MaxCatchUp, 40L), (mixer.Ticks, recorded - 50, mixer.GivenUp));
    }
}
