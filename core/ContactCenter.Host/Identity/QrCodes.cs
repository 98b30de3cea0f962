using QRCoder;

namespace ContactCenter.Host.Identity;

/// <summary>QR codes drawn on the host (QRCoder), served inline as a PNG data URI: the enrolment key never leaves it.</summary>
internal static class QrCodes
{
    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule: 5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
