namespace ContactCenter.Plugins.Channels.WhatsApp.Outbound;

/// <summary>
/// The media types and sizes the Cloud API documents for outgoing media: images (JPEG, PNG; 5 MB), audio (AAC, AMR,
/// MP3, MP4 audio, OGG/Opus; 16 MB), video (MP4, 3GPP; 16 MB), documents (text, PDF, Office; 100 MB) and WebP
/// stickers (100 KB static, 500 KB animated). Anything else (a GIF, say) is refused before it is uploaded.
/// </summary>
internal static class MediaRules
{
    /// <summary>The longest caption WhatsApp shows on an image, video or document.</summary>
    public const int MaxCaptionLength = 1024;

    private const long Kb = 1024;
    private const long Mb = 1024 * 1024;
    private static readonly MediaKind Image = new("image", 5 * Mb, TakesCaption: true);
    private static readonly MediaKind Audio = new("audio", 16 * Mb, TakesCaption: false);
    private static readonly MediaKind Video = new("video", 16 * Mb, TakesCaption: true);
    private static readonly MediaKind Document = new("document", 100 * Mb, TakesCaption: true);
    private static readonly MediaKind StaticSticker = new("sticker", 100 * Kb, TakesCaption: false);
    private static readonly MediaKind AnimatedSticker = new("sticker", 500 * Kb, TakesCaption: false);

    private static readonly Dictionary<string, MediaKind> Kinds = new(StringComparer.Ordinal)
    {
        ["image/jpeg"] = Image, ["image/png"] = Image,
        ["audio/aac"] = Audio, ["audio/amr"] = Audio, ["audio/mpeg"] = Audio, ["audio/mp4"] = Audio, ["audio/ogg"] = Audio,
        ["video/mp4"] = Video, ["video/3gpp"] = Video,
        ["text/plain"] = Document, ["application/pdf"] = Document,
        ["application/msword"] = Document, ["application/vnd.ms-excel"] = Document, ["application/vnd.ms-powerpoint"] = Document,
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = Document,
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = Document,
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation"] = Document,
        ["image/webp"] = StaticSticker,
    };

    /// <summary>The kind for a media type, or <see langword="null"/> when WhatsApp does not send it.</summary>
    public static MediaKind? For(string contentType) => Kinds.GetValueOrDefault(Normalize(contentType));

    /// <summary>A WebP sticker's limit depends on whether it is animated (the VP8X header's animation flag).</summary>
    public static MediaKind ForContent(MediaKind kind, ReadOnlySpan<byte> content) =>
        kind == StaticSticker && IsAnimatedWebp(content) ? AnimatedSticker : kind;

    /// <summary>The largest file of this kind, whether or not a sticker turns out to be animated.</summary>
    public static long UpperLimit(MediaKind kind) => kind == StaticSticker ? AnimatedSticker.MaxBytes : kind.MaxBytes;

    public static string Normalize(string? contentType) => (contentType ?? string.Empty).Split(';', 2)[0].Trim().ToLowerInvariant();

    private static bool IsAnimatedWebp(ReadOnlySpan<byte> content) =>
        content.Length >= 21 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8)
        && content[12..16].SequenceEqual("VP8X"u8) && (content[20] & 0x02) != 0;
}
