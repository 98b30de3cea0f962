namespace ContactCenter.Kernel.Storage;

/// <summary>A kernel record with its storage version.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Id">The record id.</param>
/// <param name="Value">The record.</param>
/// <param name="Version">The storage version.</param>
/// <param name="UpdatedAt">When it was last written.</param>
public sealed record Versioned<T>(string Id, T Value, long Version, DateTimeOffset UpdatedAt);
