using System.Globalization;
using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Plugins.Channels.WhatsApp.Outbound;

/// <summary>
/// Checks a reply's files against what WhatsApp accepts and orders its messages: the text becomes the caption of the
/// first file when that file takes one and the text fits, otherwise it goes first as a text message of its own.
/// </summary>
internal static class MediaPlan
{
    /// <returns>The parts to send, or why the reply cannot go out (safe to show an agent); nothing is uploaded either way.</returns>
    public static (IReadOnlyList<MediaPart>? Parts, string? Refusal) Create(string? text, IReadOnlyList<MessageAttachment> files)
    {
        var kinds = new List<MediaKind>(files.Count);
        foreach (var file in files)
        {
            if (MediaRules.For(file.ContentType) is not { } kind)
            {
                return (null, $"WhatsApp no acepta archivos de tipo {MediaRules.Normalize(file.ContentType)} ({file.FileName}). / "
                    + $"WhatsApp does not accept files of type {MediaRules.Normalize(file.ContentType)} ({file.FileName}).");
            }

            if (file.Length > MediaRules.UpperLimit(kind) || file.Length <= 0)
            {
                return (null, TooBig(file, MediaRules.UpperLimit(kind)));
            }

            kinds.Add(kind);
        }

        var body = string.IsNullOrWhiteSpace(text) ? null : text;
        var captioned = body is not null && kinds[0].TakesCaption && body.Length <= MediaRules.MaxCaptionLength;
        var parts = new List<MediaPart>(files.Count + 1);
        if (body is not null && !captioned)
        {
            parts.Add(new MediaPart(null, -1, null, body));
        }

        for (var i = 0; i < files.Count; i++)
        {
            parts.Add(new MediaPart(files[i], i, kinds[i], i == 0 && captioned ? body : null));
        }

        return (parts, null);
    }

    public static string TooBig(MessageAttachment file, long maxBytes) =>
        $"WhatsApp acepta como máximo {Size(maxBytes)} para {file.FileName} ({Size(file.Length)}). / "
        + $"WhatsApp accepts at most {Size(maxBytes)} for {file.FileName} ({Size(file.Length)}).";

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(bytes / 1024.0):0} KB");
}
