namespace ContactCenter.Storage.Postgres.Writes;

/// <summary>The current versions and indexed fields a batch is planned against.</summary>
internal sealed record BatchState(IReadOnlyDictionary<DocumentKey, long> Versions, IReadOnlyDictionary<string, string[]> Fields);
