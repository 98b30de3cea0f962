namespace ContactCenter.Sdk.Storage;

/// <summary>A document as stored, with its version.</summary>
/// <typeparam name="T">The document type.</typeparam>
/// <param name="Id">The document id.</param>
/// <param name="Value">The document.</param>
/// <param name="Version">The version, starting at 1 and incremented by each write.</param>
/// <param name="UpdatedAt">When it was last written.</param>
public sealed record StoredDocument<T>(string Id, T Value, long Version, DateTimeOffset UpdatedAt);
