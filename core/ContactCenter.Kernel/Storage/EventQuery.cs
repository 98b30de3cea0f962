namespace ContactCenter.Kernel.Storage;

/// <summary>Which events to read.</summary>
/// <param name="Stream">One stream, or <see langword="null"/> for the whole log.</param>
/// <param name="AfterSequence">Read events with a sequence greater than this (0 for the start).</param>
/// <param name="Limit">At most this many, from 1 to 10,000.</param>
public sealed record EventQuery(string? Stream = null, long AfterSequence = 0, int Limit = 1000);
