namespace ContactCenter.Kernel.Backup;

/// <summary>One collection's contents in short: how many documents, and a SHA-256 over every id, version and JSON text in id order.</summary>
/// <param name="Name">The collection.</param>
/// <param name="IndexedFields">Its indexed fields, ordered.</param>
/// <param name="Count">How many documents it holds.</param>
/// <param name="Sha256">The checksum (lower-case hex).</param>
public sealed record CollectionDigest(string Name, IReadOnlyList<string> IndexedFields, long Count, string Sha256);
