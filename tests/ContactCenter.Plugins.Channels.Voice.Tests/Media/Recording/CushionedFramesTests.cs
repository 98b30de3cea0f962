using ContactCenter.Plugins.Channels.Voice.Media.Mixing;
using ContactCenter.Plugins.Channels.Voice.Media.Recording;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Recording;

/// <summary>
/// One side of the pre-bridge recording, read on the recording's 20 ms clock while frames arrive on the sender's: a
/// sender late by less than the cushion leaves no gap in the prompt, a longer stall leaves one gap and loses nothing,
/// a prompt shorter than the cushion is still read out, and what is held at the hand-over is drained.
/// </summary>
public sealed class CushionedFramesTests
{
    [Fact]
    public void SenderLateByLessThanTheCushion_EveryFrameReadInOrder_NoGapInside()
    {
        // Frame f is due at tick f; every seventh frame comes a cushion less one late, and the ones behind it with it.
        var arrivals = Arrivals(100, f => f % 7 == 3 ? CushionedFrames.CushionFrames - 1 : 0);

        var read = Run(new CushionedFrames(), arrivals, ticks: 200);

        var start = Array.FindIndex(read, level => level != 0);
        Assert.Equal(Enumerable.Range(0, 100).Select(Level), read.Skip(start).Take(100));
        Assert.All(read.Skip(start + 100), level => Assert.Equal(0, level));
    }

    [Fact]
    public void SenderStallsLongerThanTheCushion_OneGap_TheRestWholeAndInOrder()
    {
        // Frames 0-39 on time, then the sender stalls for a second and sends 40-79 in a burst and on time after it.
        var arrivals = Arrivals(80, f => f >= 40 ? 50 : 0);

        var read = Run(new CushionedFrames(), arrivals, ticks: 250);

        var heard = read.Where(level => level != 0).ToArray();
        Assert.Equal(Enumerable.Range(0, 80).Select(Level), heard);
        var first = Array.IndexOf(read, Level(0));
        var gaps = read.Skip(first).Take(Array.IndexOf(read, Level(79)) - first).Count(level => level == 0);
        Assert.InRange(gaps, 1, 50 + CushionedFrames.CushionFrames);
        Assert.Equal(Level(40), read[Array.IndexOf(read, Level(39)) + gaps + 1]);
    }

    [Fact]
    public void PromptShorterThanTheCushion_ReadOutOnceTheSenderGoesQuiet()
    {
        var arrivals = Arrivals(CushionedFrames.CushionFrames / 2, _ => 0);

        var read = Run(new CushionedFrames(), arrivals, ticks: 4 * CushionedFrames.CushionFrames);

        Assert.Equal(Enumerable.Range(0, CushionedFrames.CushionFrames / 2).Select(Level), read.Where(level => level != 0));
    }

    [Fact]
    public void Drain_ReadsOutWhatTheCushionHolds_ThenReportsEmpty()
    {
        var frames = new CushionedFrames();
        var arrivals = Arrivals(30, _ => 0);
        var read = Run(frames, arrivals, ticks: 30).Where(level => level != 0).ToList();

        var frame = new short[CallMixer.FrameSamples];
        while (frames.Drain(frame))
        {
            read.Add(frame[0]);
        }

        Assert.Equal(Enumerable.Range(0, 30).Select(Level), read);
        Assert.False(frames.Drain(frame));
        Assert.All(frame, sample => Assert.Equal(0, sample));
    }

    [Fact]
    public void MoreThanTheCapacityHeld_OldestDropped_NewestKept()
    {
        var frames = new CushionedFrames();
        for (var f = 0; f < CushionedFrames.CapacityFrames + 5; f++)
        {
            frames.Write(Frame(Level(f)));
        }

        var frame = new short[CallMixer.FrameSamples];
        var read = new List<short>();
        while (frames.Drain(frame))
        {
            read.Add(frame[0]);
        }

        Assert.Equal(Enumerable.Range(5, CushionedFrames.CapacityFrames).Select(Level), read);
    }

    private static short Level(int frame) => (short)(100 + frame);

    private static short[] Frame(short level) => Enumerable.Repeat(level, CallMixer.FrameSamples).ToArray();

    /// <summary>The tick at which each frame arrives: due at its index plus its lateness, never before the one ahead.</summary>
    private static int[] Arrivals(int count, Func<int, int> lateness)
    {
        var arrivals = new int[count];
        for (var f = 0; f < count; f++)
        {
            arrivals[f] = Math.Max(f + lateness(f), f == 0 ? 0 : arrivals[f - 1]);
        }

        return arrivals;
    }

    /// <summary>Each tick writes the frames arrived by then, then reads one; returns the level of each frame read.</summary>
    private static short[] Run(CushionedFrames frames, int[] arrivals, int ticks)
    {
        var read = new short[ticks];
        var frame = new short[CallMixer.FrameSamples];
        var next = 0;
        for (var tick = 0; tick < ticks; tick++)
        {
            for (; next < arrivals.Length && arrivals[next] <= tick; next++)
            {
                frames.Write(Frame(Level(next)));
            }

            frames.Read(frame);
            Assert.All(frame, sample => Assert.Equal(frame[0], sample));
            read[tick] = frame[0];
        }

        return read;
    }
}
