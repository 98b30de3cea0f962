using ContactCenter.Plugins.Channels.WebChat.Plugin;
using ContactCenter.Plugins.Channels.WebChat.Transcripts;
using ContactCenter.Sdk.Conversations;
using Microsoft.Extensions.Configuration;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Transcripts;

/// <summary>The transcript's rendering and configuration, without a host: what is left out, escaping, time zones, names, bad settings.</summary>
public sealed class TranscriptRendererTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 2, 30, 0, TimeSpan.Zero);

    private static readonly Conversation Conversation = new()
    {
        Id = "conv-1", InboxId = "cc.channels.webchat.autos", InteractionId = "i-1", Status = ConversationStatus.Closed, LastSequence = 6,
        CreatedAt = Start, UpdatedAt = Start.AddMinutes(10),
    };

    private static readonly ConversationMessage[] Messages =
    [
        Message(1, MessageKind.Incoming, "Hola <i>¿me ayudan?</i>") with { Attachments = [new MessageAttachment("a-1", "foto \"choque\".png", "image/png", 10)] },
        Message(2, MessageKind.Activity, "agent-joined"),
        Message(3, MessageKind.Outgoing, "Claro, Ana & cía.") with { AgentId = "agent1" },
        Message(4, MessageKind.PrivateNote, "NOTA interna") with { AgentId = "agent1" },
        Message(5, MessageKind.PrivateNote, "COACHING del supervisor") with { SupervisorId = "sup1" },
        Message(6, MessageKind.Outgoing, "Otro asesor responde") with { AgentId = "agent9" },
    ];

    [Fact]
    public void Render_Default_KeepsVisitorVisibleMessagesOnlyWithLocalTimesNamesAndEscapedHtml()
    {
        var bogota = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");
        var names = new Dictionary<string, string> { ["agent1"] = "Laura <Gómez>" };

        var es = TranscriptRenderer.Render(TranscriptTemplates.Default, "es", Conversation, Messages, bogota, names);
        var en = TranscriptRenderer.Render(TranscriptTemplates.Default, "en", Conversation, Messages, TimeZoneInfo.Utc, names);

        Assert.Equal("Transcripción de su chat del 2026-02-28 21:30", es.Subject);
        Assert.Equal("Transcript of your chat of 2026-03-01 02:30", en.Subject);
        Assert.Contains("[2026-02-28 21:31] Usted: Hola <i>¿me ayudan?</i>\n    Archivo: foto \"choque\".png\n[2026-02-28 21:33] Laura <Gómez>: Claro, Ana & cía.\n"
            + "[2026-02-28 21:36] Asesor: Otro asesor responde\n", es.Text, StringComparison.Ordinal);
        Assert.Contains("[2026-03-01 02:31] You: Hola", en.Text, StringComparison.Ordinal);
        Assert.Contains("[2026-03-01 02:36] Advisor: Otro asesor responde", en.Text, StringComparison.Ordinal);
        Assert.Contains("Hola &lt;i&gt;¿me ayudan?&lt;/i&gt;", es.Html, StringComparison.Ordinal);
        Assert.Contains("<strong>Laura &lt;Gómez&gt;</strong>", es.Html, StringComparison.Ordinal);
        Assert.Contains("Archivo: foto &quot;choque&quot;.png", es.Html, StringComparison.Ordinal);
        Assert.Contains("Claro, Ana &amp; cía.", es.Html, StringComparison.Ordinal);
        foreach (var part in new[] { es.Text, es.Html, en.Text, en.Html })
        {
            Assert.DoesNotContain("NOTA interna", part, StringComparison.Ordinal);
            Assert.DoesNotContain("COACHING", part, StringComparison.Ordinal);
            Assert.DoesNotContain("agent-joined", part, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_InboxTemplates_ReplaceTheDefaultsAndSeeEscapedValuesInHtml()
    {
        var options = WebChatOptions.From(Configuration(new()
        {
            ["inboxes:0:channel"] = "autos", ["inboxes:0:serviceLineId"] = "autos", ["inboxes:0:queueId"] = "autos-general",
            ["inboxes:0:timeZone"] = "Europe/Madrid",
            ["inboxes:0:transcript:subjectEs"] = "Su chat {{ conversation_id }}\r\nBcc: x@y.z",
            ["inboxes:0:transcript:htmlEs"] = "{{ for m in messages }}<p>{{ m.sender }}|{{ m.text }}</p>{{ end }}",
        }));
        var inbox = options.FindInbox("autos")!;

        var rendered = TranscriptRenderer.Render(inbox.Transcript, "es", Conversation, Messages, inbox.TimeZone, new Dictionary<string, string>());

        Assert.Equal("Su chat conv-1Bcc: x@y.z", rendered.Subject); // no line break can reach the header
        Assert.StartsWith("<p>Usted|Hola &lt;i&gt;", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<p>Asesor|Claro, Ana &amp; cía.</p>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("[2026-03-01 03:31] Usted", rendered.Text, StringComparison.Ordinal); // default text template, Madrid time
        Assert.False(options.Transcript.IsConfigured);
    }

    [Theory]
    [InlineData("inboxes:0:timeZone", "Mars/Olympus", "timeZone 'Mars/Olympus'")]
    [InlineData("inboxes:0:transcript:textEs", "{{ for m in messages }} sin cerrar", "'textEs' does not parse")]
    [InlineData("transcript:smtp:security", "ssl3", "'ssl3' is not tls")]
    [InlineData("transcript:smtp:port", "70000", "transcript.smtp.port")]
    [InlineData("transcript:fromAddress", "no es correo", "transcript.fromAddress")]
    [InlineData("transcript:maxPerConversation", "0", "transcript.maxPerConversation")]
    public void From_BadSettings_StopWithAClearMessage(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["inboxes:0:channel"] = "autos", ["inboxes:0:serviceLineId"] = "autos", ["inboxes:0:queueId"] = "autos-general",
            ["transcript:smtp:host"] = "127.0.0.1", ["transcript:fromAddress"] = "chat@aseguradora.test",
            [key] = value,
        };

        var error = Assert.Throws<InvalidOperationException>(() => WebChatOptions.From(Configuration(settings)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_PlainTextToARemoteServerOrUserWithoutPassword_IsRefusedAndThePasswordNeverPrinted()
    {
        var remote = Configuration(new() { ["transcript:smtp:host"] = "smtp.example.com", ["transcript:smtp:security"] = "plain-loopback" });
        var noPassword = Configuration(new() { ["transcript:smtp:host"] = "smtp.example.com", ["transcript:smtp:userName"] = "u" });
        var good = WebChatOptions.From(Configuration(new()
        {
            ["transcript:smtp:host"] = "smtp.example.com", ["transcript:smtp:userName"] = "u", ["transcript:smtp:password"] = "s3cr3t-value",
            ["transcript:fromAddress"] = "chat@aseguradora.test",
        }));

        Assert.Contains("plain-loopback", Assert.Throws<InvalidOperationException>(() => WebChatOptions.From(remote)).Message, StringComparison.Ordinal);
        Assert.Contains("password", Assert.Throws<InvalidOperationException>(() => WebChatOptions.From(noPassword)).Message, StringComparison.Ordinal);
        Assert.True(good.Transcript.IsConfigured);
        Assert.Equal((587, SmtpSecurity.StartTls), (good.Transcript.Smtp!.Port, good.Transcript.Smtp.Security));
        Assert.DoesNotContain("s3cr3t-value", good.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value", good.Transcript.Smtp.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ana@cliente.test", true)]
    [InlineData("ana.mora+chat@sub.cliente.test", true)]
    [InlineData("ana@cliente", false)]
    [InlineData("@cliente.test", false)]
    [InlineData("ana@@cliente.test", false)]
    [InlineData("ana@cliente.test, beto@cliente.test", false)]
    [InlineData("ana@cliente.test\nBcc: beto@cliente.test", false)]
    [InlineData("Ana <ana@cliente.test>", false)]
    [InlineData("ana@cliente.test.", false)]
    [InlineData("", false)]
    public void EmailAddress_AcceptsOnePlainAddressOnly(string value, bool valid) =>
        Assert.Equal(valid, EmailAddress.IsValid(value));

    private static ConversationMessage Message(long sequence, MessageKind kind, string text) => new()
    {
        Id = $"conv-1.{sequence}", ConversationId = "conv-1", Sequence = sequence, Kind = kind, Text = text, Status = DeliveryStatus.Delivered,
        CreatedAt = Start.AddMinutes(sequence),
    };

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
