using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.Voice.Media.Prompts;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Media.Prompts;

/// <summary>Pacing proven on a fake clock: frames counted per 20 ms step, never wall time.</summary>
public sealed class PromptPlayerTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ConcurrentQueue<short[]> _frames = new();

    [Fact]
    public async Task Play_OneFramePer20Ms_LastFramePaddedWithSilence()
    {
        var player = Player();
        var pcm = Enumerable.Range(1, (160 * 4) + 10).Select(i => (short)i).ToArray();

        var playing = player.PlayAsync(pcm, CancellationToken.None);
        await FramesAsync(1);
        _time.Advance(TimeSpan.FromMilliseconds(19));
        await Task.Yield();
        Assert.Single(_frames);
        for (var expected = 2; expected <= 5; expected++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(20));
            await FramesAsync(expected);
            Assert.Equal(expected, _frames.Count);
        }

        Assert.False(playing.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(20));
        await playing;

        var frames = _frames.ToArray();
        Assert.Equal(5, frames.Length);
        Assert.Equal(5, player.FramesSent);
        Assert.All(frames, f => Assert.Equal(160, f.Length));
        Assert.Equal(pcm[..160], frames[0]);
        Assert.Equal(pcm[640..], frames[4][..10]);
        Assert.All(frames[4][10..], s => Assert.Equal(0, s));
    }

    [Fact]
    public async Task Loop_RepeatsForTheDuration_CutAtFrameBoundary()
    {
        var player = Player();
        var melody = Enumerable.Repeat((short)700, 160 * 3).ToArray();

        var playing = player.LoopAsync(melody, TimeSpan.FromMilliseconds(200), CancellationToken.None);
        for (var i = 0; i < 30 && !playing.IsCompleted; i++)
        {
            await FramesAsync(Math.Min(i + 1, 10));
            _time.Advance(TimeSpan.FromMilliseconds(20));
        }

        await playing;
        Assert.Equal(10, player.FramesSent);
        Assert.All(_frames, f => Assert.All(f, s => Assert.Equal(700, s)));
    }

    [Fact]
    public async Task Cancel_StopsAtTheNextFrame()
    {
        var player = Player();
        using var stop = new CancellationTokenSource();
        var playing = player.PlayAsync(new short[160 * 50], stop.Token);
        await FramesAsync(1);
        _time.Advance(TimeSpan.FromMilliseconds(20));
        await FramesAsync(2);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => playing);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, player.FramesSent);
    }

    [Fact]
    public async Task Sequence_PromptsBackToBack_EmptyAndNullRefused()
    {
        var player = Player();
        var playing = player.PlayAsync([new short[160], new short[320]], CancellationToken.None);
        for (var i = 1; i <= 3; i++)
        {
            await FramesAsync(i);
            _time.Advance(TimeSpan.FromMilliseconds(20));
        }

        await playing;
        Assert.Equal(3, player.FramesSent);
        await Assert.ThrowsAsync<ArgumentException>(() => player.LoopAsync([], TimeSpan.FromSeconds(1), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => player.PlayAsync((IEnumerable<short[]>)null!, CancellationToken.None));
    }

    [Fact]
    public void HoldMusic_AudibleNotesWithinLevelAndAQuietRest()
    {
        var pcm = HoldMusic.Create();

        Assert.Equal(8 * 3200, pcm.Length);
        Assert.InRange(pcm.Max(s => Math.Abs((int)s)), 2000, 2500);
        Assert.All(pcm[^3200..], s => Assert.Equal(0, s));
        Assert.Equal(0, pcm[0]);
    }

    private PromptPlayer Player() => new(
        (frame, _) =>
        {
            _frames.Enqueue(frame.ToArray());
            return ValueTask.CompletedTask;
        },
        _time);

    private async Task FramesAsync(int count)
    {
        // The player's continuation runs on the thread pool after Advance: wait for it by count, bounded.
        for (var i = 0; i < 2000 && _frames.Count < count; i++)
        {
            await Task.Delay(1);
        }

        Assert.True(_frames.Count >= count, $"{_frames.Count} frames, expected {count}");
    }
}
