using ContactCenter.Kernel.Conversations;

namespace ContactCenter.Kernel.Tests.Conversations;

public sealed class AttachmentRulesTests
{
    [Theory]
    [InlineData("factura.pdf", "application/pdf", "factura.pdf")]
    [InlineData("C:\\Users\\ana\\foto.jpg", "image/jpeg", "foto.jpg")]
    [InlineData("../../etc/passwd", "text/plain", "passwd")]
    [InlineData("...hidden", "text/plain", "hidden")]
    [InlineData("evil\u202Egnp.exe", "image/png", "evilgnp.exe")]
    [InlineData("a<b>:c\"d|e?f*.txt", "text/plain", "abcdef.txt")]
    [InlineData("", "image/png", "attachment.png")]
    [InlineData(null, "application/pdf", "attachment.pdf")]
    [InlineData("/", "application/x-unknown", "attachment")]
    public void SanitizeFileName_UglyNames_SafeLastSegment(string? given, string contentType, string expected) =>
        Assert.Equal(expected, AttachmentRules.SanitizeFileName(given, contentType));

    [Fact]
    public void SanitizeFileName_VeryLong_CutKeepingTheExtension()
    {
        var name = AttachmentRules.SanitizeFileName(new string('x', 300) + ".pdf", "application/pdf");

        Assert.Equal((AttachmentRules.MaxFileNameLength, ".pdf"), (name.Length, Path.GetExtension(name)));
    }
}
