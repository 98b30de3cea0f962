using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Storage;

/// <summary>Document id rules every provider enforces alike.</summary>
public static class DocumentIds
{
    /// <summary>The longest document id.</summary>
    public const int MaxLength = 256;

    /// <summary>Throws unless <paramref name="id"/> is a valid document id: 1 to 256 characters, no control characters.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The same id.</returns>
    public static string Validate(string id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength || id.Any(char.IsControl))
        {
            throw new InvalidRequestException("id", $"A document id must be 1 to {MaxLength} characters without control characters.");
        }

        return id;
    }
}
