namespace ContactCenter.Storage.LiteDb.Writing;

/// <summary>Checkpoints the store and copies its data file, on the writer thread, so that no write runs meanwhile.</summary>
internal sealed class SnapshotJob(string destinationPath) : WriteJob
{
    public string DestinationPath { get; } = destinationPath;

    public TaskCompletionSource<long> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override void Fail(Exception exception) => Completion.TrySetException(exception);
}
