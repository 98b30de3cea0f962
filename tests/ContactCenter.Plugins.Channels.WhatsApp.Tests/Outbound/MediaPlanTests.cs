using ContactCenter.Plugins.Channels.WhatsApp.Outbound;
using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Outbound;

/// <summary>Which files WhatsApp takes and how a reply's text travels with them.</summary>
public sealed class MediaPlanTests
{
    [Fact]
    public void Create_CaptionFitsTheFirstFile_TextBecomesItsCaption()
    {
        var (parts, refusal) = MediaPlan.Create("Su foto", [File("image/jpeg", 1000), File("application/pdf", 1000)]);

        Assert.Null(refusal);
        Assert.Equal([("image", "Su foto"), ("document", null)], parts!.Select(p => (p.Kind!.Type, p.Text)));
    }

    [Theory]
    [InlineData("audio/ogg", 10)]
    [InlineData("image/webp", 10)]
    [InlineData("application/pdf", 1025)]
    public void Create_FirstFileTakesNoCaptionOrTextTooLong_TextGoesFirstAlone(string type, int textLength)
    {
        var text = new string('a', textLength);

        var (parts, _) = MediaPlan.Create(text, [File(type, 1000)]);

        Assert.Equal(2, parts!.Count);
        Assert.Equal((null, text), (parts[0].File, parts[0].Text));
        Assert.Null(parts[1].Text);
    }

    [Theory]
    [InlineData("image/gif", 1000, "image/gif")]
    [InlineData("application/zip", 1000, "application/zip")]
    [InlineData("image/png", 5L * 1024 * 1024 + 1, "5 MB")]
    [InlineData("video/mp4", 16L * 1024 * 1024 + 1, "16 MB")]
    [InlineData("image/webp", 500 * 1024 + 1, "500 KB")]
    public void Create_TypeOrSizeWhatsAppRefuses_RefusedNamingIt(string type, long length, string expected)
    {
        var (parts, refusal) = MediaPlan.Create("x", [File("application/pdf", 10), File(type, length)]);

        Assert.Null(parts);
        Assert.Contains(expected, refusal, StringComparison.Ordinal);
        Assert.Contains("file.bin", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void ForContent_AnimatedWebp_TakesTheAnimatedLimitStaticDoesNot()
    {
        var animated = new byte[30];
        "RIFF"u8.CopyTo(animated);
        "WEBPVP8X"u8.CopyTo(animated.AsSpan(8));
        animated[20] = 0x02;
        var still = (byte[])animated.Clone();
        still[20] = 0;
        var sticker = MediaRules.For("image/webp")!;

        Assert.Equal((500L * 1024, 100L * 1024), (MediaRules.ForContent(sticker, animated).MaxBytes, MediaRules.ForContent(sticker, still).MaxBytes));
    }

    private static MessageAttachment File(string type, long length) => new("1-1", "file.bin", type, length);
}
