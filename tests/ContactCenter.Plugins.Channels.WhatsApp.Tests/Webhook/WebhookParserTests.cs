using System.Text;
using System.Text.Json;
using ContactCenter.Plugins.Channels.WhatsApp.Webhook;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Webhook;

public sealed class WebhookParserTests
{
    [Theory]
    [InlineData("\"type\":\"text\",\"text\":{\"body\":\"Hola\"}", "Hola")]
    [InlineData("\"type\":\"location\",\"location\":{\"latitude\":9.93,\"longitude\":-84.08,\"name\":\"Taller\",\"address\":\"San José\"}", "Ubicación / Location: Taller, San José (9.93, -84.08)")]
    [InlineData("\"type\":\"contacts\",\"contacts\":[{\"name\":{\"formatted_name\":\"Luis Mora\"},\"phones\":[{\"phone\":\"+506 8888 1234\",\"wa_id\":\"50688881234\"}]}]", "Contacto / Contact: Luis Mora +506 8888 1234")]
    [InlineData("\"type\":\"interactive\",\"interactive\":{\"type\":\"button_reply\",\"button_reply\":{\"id\":\"yes\",\"title\":\"Sí\"}}", "Sí")]
    [InlineData("\"type\":\"interactive\",\"interactive\":{\"type\":\"list_reply\",\"list_reply\":{\"id\":\"r1\",\"title\":\"Autos\",\"description\":\"Seguro de auto\"}}", "Autos — Seguro de auto")]
    [InlineData("\"type\":\"button\",\"button\":{\"payload\":\"STOP\",\"text\":\"Detener\"}", "Detener")]
    [InlineData("\"type\":\"reaction\",\"reaction\":{\"message_id\":\"wamid.x\",\"emoji\":\"👍\"}", "Reacción / Reaction: 👍")]
    [InlineData("\"type\":\"ephemeral\",\"errors\":[{\"code\":131051}]", "[Tipo de mensaje no admitido / Unsupported message type: ephemeral]")]
    public void Parse_EachMessageType_RenderedForTheAgent(string typed, string expected)
    {
        var batch = WebhookParser.Parse(Payload($"\"messages\":[{{\"from\":\"50688881234\",\"id\":\"wamid.1\",\"timestamp\":\"1700000000\",{typed}}}]"));

        var message = Assert.Single(batch.Messages);
        Assert.Equal((expected, "50688881234", "Ana", "100000000000001", DateTimeOffset.FromUnixTimeSeconds(1700000000)),
            (message.Text, message.WaId, message.ProfileName, message.PhoneNumberId, message.SentAt));
        Assert.Null(message.Media);
    }

    [Theory]
    [InlineData("image", "{\"caption\":\"Foto\",\"mime_type\":\"image/jpeg\",\"sha256\":\"x\",\"id\":\"m1\"}", "Foto", null)]
    [InlineData("document", "{\"caption\":\"Póliza\",\"filename\":\"poliza.pdf\",\"mime_type\":\"application/pdf\",\"sha256\":\"x\",\"id\":\"m1\"}", "Póliza", "poliza.pdf")]
    [InlineData("audio", "{\"mime_type\":\"audio/ogg; codecs=opus\",\"sha256\":\"x\",\"id\":\"m1\",\"voice\":true}", "", null)]
    [InlineData("video", "{\"mime_type\":\"video/mp4\",\"sha256\":\"x\",\"id\":\"m1\"}", "", null)]
    [InlineData("sticker", "{\"mime_type\":\"image/webp\",\"sha256\":\"x\",\"id\":\"m1\",\"animated\":false}", "", null)]
    public void Parse_MediaTypes_CaptionAndMediaId(string type, string media, string caption, string? fileName)
    {
        var batch = WebhookParser.Parse(Payload($"\"messages\":[{{\"from\":\"50688881234\",\"id\":\"wamid.1\",\"timestamp\":\"1700000000\",\"type\":\"{type}\",\"{type}\":{media}}}]"));

        var message = Assert.Single(batch.Messages);
        Assert.Equal((caption, "m1", fileName), (message.Text, message.Media?.Id, message.Media?.FileName));
    }

    [Fact]
    public void Parse_Statuses_WithTheFailureError()
    {
        var batch = WebhookParser.Parse(Payload("\"statuses\":[{\"id\":\"wamid.s\",\"status\":\"failed\",\"timestamp\":\"1700000000\",\"recipient_id\":\"50688881234\","
            + "\"errors\":[{\"code\":131047,\"title\":\"Re-engagement message\"}]}]"));

        Assert.Equal(new WebhookStatus("wamid.s", "failed", "131047 Re-engagement message"), Assert.Single(batch.Statuses));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"object\":\"instagram\",\"entry\":[]}")]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":{}}")]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":{\"messages\":[]}}]}]}")]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":{\"metadata\":{\"phone_number_id\":\"1\"},\"messages\":[{\"type\":\"text\"}]}}]}]}")]
    public void Parse_MalformedOrForeign_Throws(string body) =>
        Assert.ThrowsAny<JsonException>(() => WebhookParser.Parse(Encoding.UTF8.GetBytes(body)));

    private static byte[] Payload(string inner) => Encoding.UTF8.GetBytes(
        "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"WABA\",\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\","
        + "\"metadata\":{\"display_phone_number\":\"15550001111\",\"phone_number_id\":\"100000000000001\"},"
        + "\"contacts\":[{\"profile\":{\"name\":\"Ana\"},\"wa_id\":\"50688881234\"}]," + inner + "}}]}]}");
}
