using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Storage.Postgres;

/// <summary>
/// The PostgreSQL advisory locks the store takes. They are database-wide, so every node of a cluster sharing the
/// database sees the same locks.
/// </summary>
internal static class AdvisoryLocks
{
    /// <summary>Held (session-level) while migrations run: two nodes starting together apply each migration once.</summary>
    public const long Migrations = 0x4343_5F4D_4947_5241; // "CC_MIGRA"

    /// <summary>
    /// The class of collection locks (two-key form): writers hold a collection's lock shared, adding an indexed
    /// field holds it exclusive while existing documents are indexed, so no write misses the new field.
    /// </summary>
    public const int CollectionClass = 0x4343_434F; // "CCCO"

    /// <summary>The lock key of a collection, stable across processes and server versions.</summary>
    public static int CollectionKey(string collection) =>
        BinaryPrimitives.ReadInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(collection)));
}
