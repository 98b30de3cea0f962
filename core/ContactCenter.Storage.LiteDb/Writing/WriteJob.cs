using System.Text.Json;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Storage.LiteDb.Writing;

/// <summary>Work for the writer thread; completed (on the thread pool) only after its transaction is durable.</summary>
internal abstract class WriteJob
{
    public abstract void Fail(Exception exception);
}

/// <summary>A <see cref="WriteBatch"/> with its documents already parsed and checked by the caller's thread.</summary>
internal sealed class BatchJob(WriteBatch batch, IReadOnlyList<JsonDocument?> parsed, CancellationToken cancellationToken) : WriteJob, IDisposable
{
    public WriteBatch Batch { get; } = batch;

    /// <summary>For each document write, its parsed JSON (<see langword="null"/> for deletes).</summary>
    public IReadOnlyList<JsonDocument?> Parsed { get; } = parsed;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public TaskCompletionSource<CommitResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What the batch wrote, once applied in the open transaction.</summary>
    public CommitResult? Result { get; set; }

    /// <summary>Why the batch was refused on its own (a failed version guard).</summary>
    public Exception? Refusal { get; set; }

    public override void Fail(Exception exception) => Completion.TrySetException(exception);

    public void Dispose()
    {
        foreach (var document in Parsed)
        {
            document?.Dispose();
        }
    }
}

/// <summary>Creates a collection or adds indexed fields to it.</summary>
internal sealed class EnsureJob(CollectionDefinition definition) : WriteJob
{
    public CollectionDefinition Definition { get; } = definition;

    public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override void Fail(Exception exception) => Completion.TrySetException(exception);
}
