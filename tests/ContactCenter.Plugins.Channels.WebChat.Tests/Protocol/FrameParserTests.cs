using System.Text;
using ContactCenter.Plugins.Channels.WebChat.Protocol;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Protocol;

public sealed class FrameParserTests
{
    private static (ClientFrame? Frame, FrameError? Error) Parse(string json) => FrameParser.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Parse_Hello_ReadsEveryField()
    {
        var (frame, error) = Parse("""{"type":"hello","inbox":"autos","lang":"en","session":"abc123","conversationId":"ff-1","seq":7}""");

        Assert.Null(error);
        Assert.Equal(("hello", "autos", "en", "abc123", "ff-1", 7L), (frame!.Type, frame.Inbox, frame.Lang, frame.Session, frame.ConversationId, frame.Seq));
        Assert.Null(frame.Identity);
    }

    [Fact]
    public void Parse_MessageWithPreChat_TrimsAndKeepsFields()
    {
        var (frame, error) = Parse("""{"type":"message","id":"m-1","text":"Hola\nmundo","name":" Ana ","email":"ana@example.com","topic":"claim"}""");

        Assert.Null(error);
        Assert.Equal(("m-1", "Hola\nmundo", "Ana", "ana@example.com", "claim"), (frame!.Id, frame.Text, frame.Name, frame.Email, frame.Topic));
    }

    [Theory]
    [InlineData("not json", "malformed", null)]
    [InlineData("[1,2]", "malformed", null)]
    [InlineData("""{"a":{"b":{"c":{"d":{"e":1}}}}}""", "malformed", null)]
    [InlineData("""{"type":"shout"}""", "unknown-type", "type")]
    [InlineData("""{"text":"no type"}""", "unknown-type", "type")]
    [InlineData("""{"type":"hello"}""", "invalid", "inbox")]
    [InlineData("""{"type":"hello","inbox":"autos","lang":"fr"}""", "invalid", "lang")]
    [InlineData("""{"type":"hello","inbox":"autos","session":"../x"}""", "invalid", "session")]
    [InlineData("""{"type":"hello","inbox":"autos","seq":-1}""", "invalid", "seq")]
    [InlineData("""{"type":"hello","inbox":"autos","seq":"3"}""", "invalid", "seq")]
    [InlineData("""{"type":"hello","inbox":"autos","identity":{"visitorId":"u1"}}""", "invalid", "identity")]
    [InlineData("""{"type":"message","text":"hola"}""", "invalid", "id")]
    [InlineData("""{"type":"message","id":"a b","text":"hola"}""", "invalid", "id")]
    [InlineData("""{"type":"message","id":"m1","text":"   "}""", "invalid", "text")]
    [InlineData("""{"type":"message","id":"m1","text":"bell\u0007"}""", "invalid", "text")]
    [InlineData("""{"type":"message","id":"m1","text":"hola","email":"not-an-address"}""", "invalid", "email")]
    [InlineData("""{"type":"message","id":"m1","text":"hola","topic":"<script>"}""", "invalid", "topic")]
    [InlineData("""{"type":"typing"}""", "invalid", "active")]
    [InlineData("""{"type":"read","seq":0}""", "invalid", "seq")]
    public void Parse_BadFrame_NamesTheCodeAndField(string json, string code, string? field)
    {
        var (frame, error) = Parse(json);

        Assert.Null(frame);
        Assert.Equal(new FrameError(code, field), error);
    }

    [Fact]
    public void Parse_TextOverTheKernelLimit_IsRefused()
    {
        var (ok, _) = Parse($$"""{"type":"message","id":"m1","text":"{{new string('a', 4096)}}"}""");
        var (tooLong, error) = Parse($$"""{"type":"message","id":"m1","text":"{{new string('a', 4097)}}"}""");

        Assert.NotNull(ok);
        Assert.Null(tooLong);
        Assert.Equal(new FrameError("invalid", "text"), error);
    }
}
