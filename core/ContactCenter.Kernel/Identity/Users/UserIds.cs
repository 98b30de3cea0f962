using System.Security.Cryptography;

namespace ContactCenter.Kernel.Identity.Users;

/// <summary>Account ids: <c>u-</c> and 26 random hex digits, never derived from the name (names can change).</summary>
internal static class UserIds
{
    public static string New() => "u-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(13));
}
