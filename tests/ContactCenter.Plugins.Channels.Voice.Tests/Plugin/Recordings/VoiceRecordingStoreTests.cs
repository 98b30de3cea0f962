using System.Buffers.Binary;
using ContactCenter.Plugins.Channels.Voice.Media.Recording;
using ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;
using ContactCenter.Plugins.Channels.Voice.Tests.Media.Recording;
using ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Recordings.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Plugins.Channels.Voice.Tests.Plugin.Recordings;

/// <summary>
/// Recordings streamed into the plugin's store while the call runs: encrypted chunks as they fill, the metadata in
/// state <c>recording</c> (not listed by default), completed in one batch; a recording a crash left behind is
/// finalised from its stored chunks; a storage failure mid-call is logged, counted and the call's recording goes on.
/// </summary>
public sealed class VoiceRecordingStoreTests : IDisposable
{
    private readonly RecordingTestStore _store = new();
    private readonly ContextBoundProtector _protector = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
    private readonly ListLogger<VoiceRecordingStore> _log = new();

    public void Dispose() => _protector.Dispose();

    [Fact]
    public async Task Streamed_InProgressUnlisted_ThenCompleted_DecryptsToTheWholeWav()
    {
        var recordings = Recordings();
        using var recorder = recordings.Open(Draft());

        ChunkSink.WriteSteadily(recorder, 500, i => (short)(i % 20000), _ => 7);
        var during = await recordings.GetAsync(recorder.Id, default);
        var listed = await recordings.SearchAsync(new VoiceRecordingSearch(), default);
        var inProgress = await recordings.SearchAsync(new VoiceRecordingSearch { State = VoiceRecording.InProgress }, default);
        var wav = await recorder.StopAsync();
        var done = await recordings.CompleteAsync(Draft() with { AgentId = "agent1" }, wav!, default);

        Assert.Equal(VoiceRecording.InProgress, during!.State);
        Assert.Empty(listed.Items);
        Assert.Equal(recorder.Id, Assert.Single(inProgress.Items).Id);
        Assert.Equal(VoiceRecording.Complete, done.State);
        Assert.Equal(recorder.Id, done.Id);
        Assert.Equal(recorder.Id, Assert.Single((await recordings.SearchAsync(new VoiceRecordingSearch(), default)).Items).Id);
        Assert.Equal(44 + (80_000L * 4), done.Length);
        Assert.Equal(5, done.Chunks);
        Assert.Equal(10_000, done.DurationMs);
        Assert.Equal(0, done.LostMs);
        var file = await ReadAsync(recordings, done);
        Assert.Equal(done.Length - 44, BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(40)));
        var samples = ChunkSink.Samples(file);
        Assert.All(Enumerable.Range(0, 80_000), i => Assert.Equal((short)(i % 20000), samples[2 * i]));
        var stored = await _store.Collection<VoiceRecordingChunk>(VoiceRecordingStore.Chunks).GetAsync(VoiceRecordingStore.Key(done.Id, 1));
        Assert.NotEqual(file.AsSpan(65536, 64).ToArray(), stored!.Value.Data.AsSpan(0, 64).ToArray());
    }

    [Fact]
    public async Task Crash_RecorderDroppedUnfinished_RestartFinalisesItIncompleteAndPlayable()
    {
        var recordings = Recordings();
        var recorder = recordings.Open(Draft());
        ChunkSink.WriteSteadily(recorder, 350, i => (short)(i % 20000), _ => 7);
        var lastChunkAt = _time.GetUtcNow();

        // The process dies: the recorder is never stopped; a second recording is still being written when the new start sweeps.
        _time.Advance(VoiceRecordingRecovery.IdleAfter + TimeSpan.FromSeconds(1));
        using var live = recordings.Open(Draft());
        ChunkSink.WriteSteadily(live, 120, _ => 1, _ => 1);
        var restarted = new VoiceRecordingStore(_store, _protector, _time, _log);
        var recovery = new VoiceRecordingRecovery(_store, restarted, _time, new ListLogger<VoiceRecordingRecovery>());

        Assert.Equal(1, await recovery.RecoverAsync(default));
        var recovered = (await restarted.GetAsync(recorder.Id, default))!;
        Assert.Equal(VoiceRecording.Incomplete, recovered.State);
        Assert.Equal(VoiceRecording.InProgress, (await restarted.GetAsync(live.Id, default))!.State);
        Assert.Equal(3 * 65536, recovered.Length);
        Assert.Equal(3, recovered.Chunks);
        Assert.Equal(((3 * 65536) - 44) / 32, recovered.DurationMs);
        Assert.Equal(lastChunkAt, recovered.EndedAt);
        Assert.Equal(recorder.Id, Assert.Single((await restarted.SearchAsync(new VoiceRecordingSearch { State = VoiceRecording.Incomplete }, default)).Items).Id);
        var file = await ReadAsync(restarted, recovered);
        Assert.Equal(recovered.Length - 8, BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(4)));
        Assert.Equal(recovered.Length - 44, BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(40)));
        var samples = ChunkSink.Samples(file);
        Assert.All(Enumerable.Range(0, samples.Length / 2), i => Assert.Equal((short)(i % 20000), samples[2 * i]));
        Assert.Equal(0, await recovery.RecoverAsync(default));
        recorder.Dispose();
    }

    [Fact]
    public async Task StorageDownMidCall_LoggedAndCounted_RecordingCompletesWithSilenceInThatPlace()
    {
        var recordings = Recordings();
        using var recorder = recordings.Open(Draft());

        ChunkSink.WriteSteadily(recorder, 250, _ => 500, _ => 500);
        _store.Failing = true;
        ChunkSink.WriteSteadily(recorder, 250, _ => 500, _ => 500);
        _store.Failing = false;
        ChunkSink.WriteSteadily(recorder, 250, _ => 500, _ => 500);
        var wav = await recorder.StopAsync();
        var done = await recordings.CompleteAsync(Draft(), wav!, default);

        Assert.Equal(2, recorder.Chunks.Failed);
        Assert.Equal(2, _log.Entries.Count(e => e.EventId == 7054 && e.Level == LogLevel.Error));
        Assert.Equal(VoiceRecording.Complete, done.State);
        Assert.Equal(15_000, done.DurationMs);
        Assert.Equal((long)(VoiceRecordingStore.ChunkDuration * 2).TotalMilliseconds, done.LostMs);
        var samples = ChunkSink.Samples(await ReadAsync(recordings, done));
        Assert.Equal(120_000 * 2, samples.Length);
        Assert.Equal(2 * 65536 / 2, samples.Count(s => s == 0));
    }

    [Fact]
    public async Task InteractionClosedAsTheCallEnds_StampReadBeforeTheCompletion_RecordingStaysCompleteWithTheDisposition()
    {
        // The benchmark's 200 concurrent calls lost 3 recordings this way: the stamp wrote back the state it had read.
        var recordings = Recordings();
        using var recorder = recordings.Open(Draft());
        ChunkSink.WriteSteadily(recorder, 250, _ => 500, _ => 500);
        var (read, release) = PauseAfterQueryOn("interactionId");

        var stamping = recordings.SetDispositionAsync("i-1", "system/wrap-up-timeout", default);
        await read.Task;
        var done = await recordings.CompleteAsync(Draft() with { AgentId = "agent1" }, (await recorder.StopAsync())!, default);
        release.SetResult();
        await stamping;

        var stored = (await recordings.GetAsync(recorder.Id, default))!;
        Assert.Equal(VoiceRecording.Complete, stored.State);
        Assert.Equal("system/wrap-up-timeout", stored.Disposition);
        Assert.Equal("agent1", stored.AgentId);
        Assert.Equal(done.Length, stored.Length);
        Assert.Equal(done.DurationMs, stored.DurationMs);
        Assert.Equal(recorder.Id, Assert.Single((await recordings.SearchAsync(new VoiceRecordingSearch(), default)).Items).Id);
        Assert.Empty((await recordings.SearchAsync(new VoiceRecordingSearch { State = VoiceRecording.InProgress }, default)).Items);
    }

    [Fact]
    public async Task DispositionStampedWhileInProgress_CompletionReadTheInteractionEarlier_KeepsTheDisposition()
    {
        var recordings = Recordings();
        using var recorder = recordings.Open(Draft());
        ChunkSink.WriteSteadily(recorder, 250, _ => 500, _ => 500);

        await recordings.SetDispositionAsync("i-1", "sale", default);
        var done = await recordings.CompleteAsync(Draft(), (await recorder.StopAsync())!, default);

        Assert.Equal("sale", done.Disposition);
        var stored = (await recordings.GetAsync(recorder.Id, default))!;
        Assert.Equal(VoiceRecording.Complete, stored.State);
        Assert.Equal("sale", stored.Disposition);
    }

    [Fact]
    public async Task RecoverySweepListedItInProgress_CallCompletedBeforeTheSweepReachedIt_StaysComplete()
    {
        var recordings = Recordings();
        using var recorder = recordings.Open(Draft());
        ChunkSink.WriteSteadily(recorder, 250, _ => 500, _ => 500);
        var recovery = new VoiceRecordingRecovery(_store, recordings, _time, new ListLogger<VoiceRecordingRecovery>());
        var (read, release) = PauseAfterQueryOn("state");

        // The sweep lists the recordings in progress; it reaches this one after the call has ended and been idle 30 s.
        var sweeping = recovery.RecoverAsync(default);
        await read.Task;
        var done = await recordings.CompleteAsync(Draft(), (await recorder.StopAsync())!, default);
        _time.Advance(VoiceRecordingRecovery.IdleAfter + TimeSpan.FromSeconds(1));
        release.SetResult();

        Assert.Equal(0, await sweeping);
        var stored = (await recordings.GetAsync(recorder.Id, default))!;
        Assert.Equal(VoiceRecording.Complete, stored.State);
        Assert.Equal(done.Length, stored.Length);
        Assert.Equal(done.Length, (await ReadAsync(recordings, stored)).Length);
        Assert.Empty((await recordings.SearchAsync(new VoiceRecordingSearch { State = VoiceRecording.Incomplete }, default)).Items);
    }

    [Fact]
    public async Task NoEncryptionAtRest_NothingStoredNotEvenTheMetadata()
    {
        var recordings = new VoiceRecordingStore(_store, new RefusingProtector(), _time, _log);
        using var recorder = recordings.Open(Draft());

        ChunkSink.WriteSteadily(recorder, 250, _ => 500, _ => 500);
        var wav = await recorder.StopAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => recordings.CompleteAsync(Draft(), wav!, default));
        Assert.Equal(0, _store.Count(VoiceRecordingStore.Recordings));
        Assert.Equal(0, _store.Count(VoiceRecordingStore.Chunks));
        Assert.Equal(2, recorder.Chunks.Failed);
    }

    private VoiceRecordingStore Recordings() => new(_store, _protector, _time, _log);

    /// <summary>The next query of recordings filtered on <paramref name="field"/> signals once it has read its page, then waits for the release.</summary>
    private (TaskCompletionSource Read, TaskCompletionSource Release) PauseAfterQueryOn(string field)
    {
        var read = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _store.AfterQuery = async (collection, query) =>
        {
            if (collection == VoiceRecordingStore.Recordings && query.Filters.Any(f => f.Field == field) && read.TrySetResult())
            {
                await release.Task;
            }
        };
        return (read, release);
    }

    private VoiceRecording Draft() => new()
    {
        Id = $"rec-{Guid.NewGuid():N}",
        InteractionId = "i-1",
        From = "5550100",
        To = "autos",
        StartedAt = _time.GetUtcNow(),
        EndedAt = _time.GetUtcNow(),
        DurationMs = 0,
        Length = 0,
        Chunks = 0,
        State = VoiceRecording.InProgress,
    };

    private static async Task<byte[]> ReadAsync(VoiceRecordingStore recordings, VoiceRecording recording)
    {
        var file = new List<byte>();
        await recordings.CopyRangeAsync(recording, 0, recording.Length - 1, bytes =>
        {
            file.AddRange(bytes.ToArray());
            return ValueTask.CompletedTask;
        }, default);
        Assert.Equal(recording.Length, file.Count);
        Assert.Equal("RIFF"u8.ToArray(), file.Take(4).ToArray());
        return [.. file];
    }

    private sealed class RefusingProtector : Sdk.Security.ISensitiveDataProtector
    {
        public byte[] Protect(ReadOnlySpan<byte> plaintext, string context) => throw new InvalidOperationException("Encryption at rest is not available in this host.");

        public ValueTask<byte[]> UnprotectAsync(ReadOnlyMemory<byte> ciphertext, string context, CancellationToken cancellationToken = default) => throw new InvalidOperationException("no keys");

        public string ProtectString(string plaintext, string context) => throw new InvalidOperationException("no keys");

        public ValueTask<string> UnprotectStringAsync(string ciphertext, string context, CancellationToken cancellationToken = default) => throw new InvalidOperationException("no keys");

        public string LookupHash(string normalizedValue, string purpose) => throw new InvalidOperationException("no keys");
    }
}
