using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Storage;

/// <summary>Document id and event stream rules every provider enforces alike.</summary>
public static class DocumentIds
{
    /// <summary>The longest document id (and event stream name).</summary>
    public const int MaxLength = 256;

    /// <summary>
    /// Throws unless <paramref name="id"/> is a valid document id: 1 to 256 characters, no control characters, well-formed
    /// Unicode (a lone surrogate cannot be stored as UTF-8 text by a database, and would silently become another id).
    /// </summary>
    /// <param name="id">The id.</param>
    /// <returns>The same id.</returns>
    public static string Validate(string id) => Check(id, "id", "A document id");

    /// <summary>Throws unless <paramref name="stream"/> is a valid event stream name, under the same rules as ids.</summary>
    /// <param name="stream">The stream name.</param>
    /// <returns>The same name.</returns>
    public static string ValidateStream(string stream) => Check(stream, "stream", "An event stream name");

    private static string Check(string value, string field, string what)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value.Any(char.IsControl) || !IsWellFormed(value))
        {
            throw new InvalidRequestException(field, $"{what} must be 1 to {MaxLength} characters of well-formed Unicode without control characters.");
        }

        return value;
    }

    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
