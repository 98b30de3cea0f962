namespace ContactCenter.Storage.Postgres.Writes;

/// <summary>A document's primary key.</summary>
internal readonly record struct DocumentKey(string Collection, string Id);
