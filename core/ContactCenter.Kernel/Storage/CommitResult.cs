namespace ContactCenter.Kernel.Storage;

/// <summary>What a committed batch wrote.</summary>
/// <param name="Documents">For each document operation in batch order: the document as written, or <see langword="null"/> for a delete.</param>
/// <param name="EventSequences">For each appended event in batch order: its sequence number.</param>
/// <param name="DeletedCount">How many deletes removed a document.</param>
public sealed record CommitResult(IReadOnlyList<RawDocument?> Documents, IReadOnlyList<long> EventSequences, int DeletedCount);
