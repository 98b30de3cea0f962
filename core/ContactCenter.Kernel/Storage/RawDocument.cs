namespace ContactCenter.Kernel.Storage;

/// <summary>A stored document as JSON text, with its version.</summary>
/// <param name="Collection">The collection.</param>
/// <param name="Id">The document id.</param>
/// <param name="Json">The document as JSON text.</param>
/// <param name="Version">The version, starting at 1.</param>
/// <param name="UpdatedAt">When it was last written (UTC).</param>
public sealed record RawDocument(string Collection, string Id, string Json, long Version, DateTimeOffset UpdatedAt);
