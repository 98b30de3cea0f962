using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Storage.Postgres.Documents;

/// <summary>
/// Whether a name a reader asks for could have been written at all. Writes refuse ids, streams and collection names
/// that break the shared rules (control characters, lone surrogates), so a read of one finds nothing, as in every
/// provider, instead of sending PostgreSQL text it refuses (it cannot hold NUL or a lone surrogate).
/// </summary>
internal static class StoredNames
{
    public static bool IsCollection(string collection) => Holds(() => CollectionNames.Validate(collection));

    public static bool IsId(string id) => Holds(() => DocumentIds.Validate(id));

    public static bool IsStream(string stream) => Holds(() => DocumentIds.ValidateStream(stream));

    private static bool Holds(Func<string> validate)
    {
        try
        {
            validate();
            return true;
        }
        catch (InvalidRequestException)
        {
            return false;
        }
    }
}
