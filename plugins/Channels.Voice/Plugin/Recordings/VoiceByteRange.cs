using System.Globalization;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

/// <summary>
/// A single byte range of an HTTP <c>Range</c> header (RFC 9110 §14): <c>bytes=first-last</c>, <c>bytes=first-</c> or
/// <c>bytes=-suffix</c>. A header that is not one well-formed byte range is ignored (the whole body is served, as §14.2
/// allows); a well-formed range that starts at or beyond the end is unsatisfiable (416).
/// </summary>
internal readonly record struct VoiceByteRange(long First, long Last, bool Partial, bool Unsatisfiable)
{
    public long Length => Last - First + 1;

    public static VoiceByteRange Of(string? header, long length)
    {
        var whole = new VoiceByteRange(0, length - 1, Partial: false, Unsatisfiable: false);
        if (header is null || !header.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase) || header.Contains(',', StringComparison.Ordinal))
        {
            return whole;
        }

        var spec = header.AsSpan(6).Trim();
        var dash = spec.IndexOf('-');
        if (dash < 0)
        {
            return whole;
        }

        var firstText = spec[..dash].Trim();
        var lastText = spec[(dash + 1)..].Trim();
        if (firstText.IsEmpty)
        {
            // Suffix: the last N bytes; N = 0 can never be satisfied.
            return long.TryParse(lastText, NumberStyles.None, CultureInfo.InvariantCulture, out var suffix)
                ? suffix == 0 || length == 0 ? Unsatisfied(length) : new VoiceByteRange(Math.Max(0, length - suffix), length - 1, true, false)
                : whole;
        }

        if (!long.TryParse(firstText, NumberStyles.None, CultureInfo.InvariantCulture, out var first))
        {
            return whole;
        }

        var last = length - 1;
        if (!lastText.IsEmpty)
        {
            if (!long.TryParse(lastText, NumberStyles.None, CultureInfo.InvariantCulture, out last) || last < first)
            {
                return whole;
            }
        }

        return first >= length ? Unsatisfied(length) : new VoiceByteRange(first, Math.Min(last, length - 1), true, false);
    }

    private static VoiceByteRange Unsatisfied(long length) => new(0, length - 1, Partial: false, Unsatisfiable: true);
}
