namespace ContactCenter.Benchmarks.Voice;

/// <summary>The store under the full host of the voice benchmark (<c>--storage</c>); encryption at rest is on with either.</summary>
internal enum VoiceHostStorage
{
    /// <summary>LiteDB in the run's data directory (the host's default store).</summary>
    LiteDb,

    /// <summary>PostgreSQL (the production store): a private server as the storage tests start it, one fresh database.</summary>
    Postgres,
}
