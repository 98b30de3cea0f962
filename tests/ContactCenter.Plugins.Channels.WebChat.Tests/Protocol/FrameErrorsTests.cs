using System.Text.Json;
using ContactCenter.Plugins.Channels.WebChat.Protocol;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Protocol;

public sealed class FrameErrorsTests
{
    [Theory]
    [InlineData("es", "El mensaje es demasiado grande; no se guardó nada.")]
    [InlineData("en", "The frame is too large; nothing was stored.")]
    public void Error_InTheVisitorsLanguage_CarriesCodeFieldAndText(string lang, string text)
    {
        using var frame = JsonDocument.Parse(ServerFrames.Error(new FrameError(FrameErrors.TooLarge), lang));

        Assert.Equal("error", frame.RootElement.GetProperty("type").GetString());
        Assert.Equal("frame-too-large", frame.RootElement.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, frame.RootElement.GetProperty("field").ValueKind);
        Assert.Equal(text, frame.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public void Queue_NoLongerWaiting_SendsNullPosition()
    {
        using var waiting = JsonDocument.Parse(ServerFrames.Queue(3, TimeSpan.FromSeconds(61.2)));
        using var served = JsonDocument.Parse(ServerFrames.Queue(null, null));

        Assert.Equal((3, 62), (waiting.RootElement.GetProperty("position").GetInt32(), waiting.RootElement.GetProperty("estimatedWaitSeconds").GetInt32()));
        Assert.Equal(JsonValueKind.Null, served.RootElement.GetProperty("position").ValueKind);
    }
}
