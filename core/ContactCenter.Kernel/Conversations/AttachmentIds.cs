using System.Globalization;

namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// Attachment ids are <c>{sequence}-{index}</c> (index from 1): unique within a conversation and leading straight to
/// their message document, so a download needs no index.
/// </summary>
internal static class AttachmentIds
{
    public static string For(long sequence, int index) => string.Create(CultureInfo.InvariantCulture, $"{sequence}-{index}");

    public static bool TryParse(string? id, out long sequence)
    {
        sequence = 0;
        var parts = (id ?? string.Empty).Split('-');
        return parts.Length == 2 && parts[0].Length <= 12 && parts[1].Length <= 3
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out sequence) && sequence > 0
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index > 0;
    }
}
