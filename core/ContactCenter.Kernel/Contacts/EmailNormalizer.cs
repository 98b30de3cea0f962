using System.Globalization;
using System.Net.Mail;

namespace ContactCenter.Kernel.Contacts;

/// <summary>
/// Email addresses for lookup: trimmed, the domain converted to its ASCII (IDNA) form, and the whole address lower-cased.
/// RFC 5321 lets the local part be case-sensitive, but no common provider treats it so, and a customer who writes
/// <c>Ana@Example.com</c> once and <c>ana@example.com</c> later is the same customer. Sub-addresses (<c>+tag</c>) and dots are kept:
/// providers disagree about them.
/// </summary>
internal static class EmailNormalizer
{
    public const int MaxLength = 254;
    private static readonly IdnMapping Idn = new();

    public static bool TryNormalize(string? input, out string normalized)
    {
        normalized = string.Empty;
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1 || !MailAddress.TryCreate(text, out var parsed) || parsed.Address != text)
        {
            return false;
        }

        try
        {
            var domain = Idn.GetAscii(text[(at + 1)..]);
            normalized = (text[..at] + "@" + domain).ToLowerInvariant();
            return normalized.Length <= MaxLength;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
