using System.Text.RegularExpressions;

namespace ContactCenter.Kernel.CenterDirectory;

/// <summary>The id rule of directory entries: short, lower-case, safe in URLs and document ids.</summary>
internal static partial class DirectoryIds
{
    public const string Rule = "1 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    public static void Check(ValidationErrors errors, string field, string? id) =>
        errors.Require(IsValid(id), field, $"'{id}' is not a valid id ({Rule}).");

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
