using MimeKit;

namespace ContactCenter.Plugins.Channels.WebChat.Transcripts;

/// <summary>
/// The address a transcript may go to: one plain <c>local@domain.tld</c> of at most 254 characters, no display name, no
/// list, no route, no spaces or control characters (so it can be neither a second recipient nor a header injection).
/// </summary>
internal static class EmailAddress
{
    public const int MaxLength = 254;

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length is 0 or > MaxLength || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>' or '"' or '(' or ')'))
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        var dot = value.LastIndexOf('.');
        if (at <= 0 || at != value.LastIndexOf('@') || dot < at + 2 || dot == value.Length - 1)
        {
            return false;
        }

        return MailboxAddress.TryParse(ParserOptions.Default, value, out var parsed) && string.Equals(parsed.Address, value, StringComparison.Ordinal);
    }
}
