using System.Security.Cryptography;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Phones;

/// <summary>
/// SIP device secrets: generated ones are 32 URL-safe characters (24 random bytes, base64url), typeable into a desk
/// phone; a caller-chosen one must pass <see cref="Weakness"/>.
/// </summary>
internal static class VoicePhoneSecret
{
    public const int MinLength = 16;
    public const int MaxLength = 128;
    private const int MinDistinct = 8;

    public static string Generate() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));

    /// <summary>Why <paramref name="secret"/> is not good enough for <paramref name="user"/> (English / Spanish), or null.</summary>
    public static string? Weakness(string user, string secret)
    {
        if (secret.Length is < MinLength or > MaxLength)
        {
            return $"The secret must have {MinLength} to {MaxLength} characters. / El secreto debe tener entre {MinLength} y {MaxLength} caracteres.";
        }

        // Printable ASCII without space, quote or backslash: what every phone's configuration accepts unescaped.
        if (secret.Any(c => c is < '!' or > '~' or '"' or '\\'))
        {
            return "The secret may only use printable ASCII characters other than space, \" and \\. / El secreto solo puede usar caracteres ASCII imprimibles que no sean espacio, \" ni \\.";
        }

        if (secret.Contains(user, StringComparison.OrdinalIgnoreCase))
        {
            return "The secret must not contain the SIP user name. / El secreto no debe contener el nombre de usuario SIP.";
        }

        return secret.Distinct().Count() < MinDistinct
            ? $"The secret must use at least {MinDistinct} different characters. / El secreto debe usar al menos {MinDistinct} caracteres distintos."
            : null;
    }
}
