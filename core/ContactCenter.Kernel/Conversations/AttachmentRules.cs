using System.Text;
using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// What a customer may attach: media types on an allow-list, each with a size limit; images and PDF must start with
/// their format's signature (a renamed executable is not a picture); file names reduced to a safe last segment.
/// </summary>
internal static class AttachmentRules
{
    public const int MaxAttachments = 10;
    public const int MaxFileNameLength = 120;
    private const long Mb = 1024 * 1024;

    private static readonly Dictionary<string, (long MaxBytes, string Extension)> Allowed = new(StringComparer.Ordinal)
    {
        ["image/jpeg"] = (5 * Mb, ".jpg"), ["image/png"] = (5 * Mb, ".png"), ["image/webp"] = (5 * Mb, ".webp"), ["image/gif"] = (5 * Mb, ".gif"),
        ["application/pdf"] = (100 * Mb, ".pdf"), ["text/plain"] = (1 * Mb, ".txt"),
        ["audio/ogg"] = (16 * Mb, ".ogg"), ["audio/mpeg"] = (16 * Mb, ".mp3"), ["audio/aac"] = (16 * Mb, ".aac"), ["audio/mp4"] = (16 * Mb, ".m4a"),
        ["audio/amr"] = (16 * Mb, ".amr"), ["video/mp4"] = (16 * Mb, ".mp4"), ["video/3gpp"] = (16 * Mb, ".3gp"),
        ["application/msword"] = (100 * Mb, ".doc"), ["application/vnd.ms-excel"] = (100 * Mb, ".xls"),
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = (100 * Mb, ".docx"),
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = (100 * Mb, ".xlsx"),
    };

    private static readonly Dictionary<string, byte[][]> Signatures = new(StringComparer.Ordinal)
    {
        ["image/jpeg"] = [[0xFF, 0xD8, 0xFF]],
        ["image/png"] = [[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]],
        ["image/gif"] = ["GIF87a"u8.ToArray(), "GIF89a"u8.ToArray()],
        ["application/pdf"] = ["%PDF-"u8.ToArray()],
    };

    /// <summary>The media type without parameters, lower case.</summary>
    public static string Normalize(string? contentType) =>
        (contentType ?? string.Empty).Split(';', 2)[0].Trim().ToLowerInvariant();

    /// <summary>Checks every attachment and names each problem by its index; an empty list is fine.</summary>
    public static void Check(IDictionary<string, string[]> errors, IReadOnlyList<InboundAttachment>? attachments)
    {
        if (attachments is null || attachments.Count == 0)
        {
            return;
        }

        if (attachments.Count > MaxAttachments)
        {
            errors["attachments"] = [$"At most {MaxAttachments} attachments per message."];
            return;
        }

        for (var i = 0; i < attachments.Count; i++)
        {
            if (Problem(attachments[i]) is { } problem)
            {
                errors[$"attachments[{i}]"] = [problem];
            }
        }
    }

    private static string? Problem(InboundAttachment attachment)
    {
        var type = Normalize(attachment.ContentType);
        var content = attachment.Content.Span;
        if (!Allowed.TryGetValue(type, out var rule))
        {
            return $"The type '{Printable(type)}' is not allowed.";
        }

        if (content.IsEmpty)
        {
            return "The file is empty.";
        }

        if (content.Length > rule.MaxBytes)
        {
            return $"Files of type {type} may be at most {rule.MaxBytes / Mb} MiB.";
        }

        if (type == "image/webp" && !(content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8)))
        {
            return $"The content is not {type}.";
        }

        return Signatures.TryGetValue(type, out var signatures) && !StartsWithAny(content, signatures)
            ? $"The content is not {type}."
            : null;
    }

    private static bool StartsWithAny(ReadOnlySpan<byte> content, byte[][] signatures)
    {
        foreach (var signature in signatures)
        {
            if (content.StartsWith(signature))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last path segment of the given name, without control, reserved or bidirectional-override characters and
    /// leading dots, at most <see cref="MaxFileNameLength"/> characters; <c>attachment{ext}</c> when nothing is left.
    /// </summary>
    public static string SanitizeFileName(string? fileName, string contentType)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var safe = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsControl(c) || category is System.Globalization.UnicodeCategory.Format || "<>:\"|?*".Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            safe.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        var result = safe.ToString().Trim().TrimStart('.').Trim();
        if (result.Length > MaxFileNameLength)
        {
            var extension = Path.GetExtension(result);
            extension = extension.Length is > 0 and <= 10 ? extension : string.Empty;
            result = result[..(MaxFileNameLength - extension.Length)] + extension;
        }

        return result.Length > 0 ? result : "attachment" + (Allowed.TryGetValue(Normalize(contentType), out var rule) ? rule.Extension : string.Empty);
    }

    private static string Printable(string value) => new([.. value.Where(c => !char.IsControl(c)).Take(100)]);
}
