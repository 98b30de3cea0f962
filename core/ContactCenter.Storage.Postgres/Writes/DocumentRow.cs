namespace ContactCenter.Storage.Postgres.Writes;

/// <summary>A document row as a batch leaves it.</summary>
internal sealed record DocumentRow(DocumentKey Key, byte[] IdKey, string Json, long Version);
