using System.Text.RegularExpressions;

namespace ContactCenter.Kernel.Security.Encryption.Providers;

/// <summary>Master key ids: 1 to 64 letters, digits, dots, dashes and underscores, starting with a letter or digit.</summary>
internal static partial class MasterKeyIds
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
