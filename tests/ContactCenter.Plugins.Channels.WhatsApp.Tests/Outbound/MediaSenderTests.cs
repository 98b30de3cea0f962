using System.Text;
using ContactCenter.Plugins.Channels.WhatsApp.Account;
using ContactCenter.Plugins.Channels.WhatsApp.Graph;
using ContactCenter.Plugins.Channels.WhatsApp.Outbound;
using ContactCenter.Plugins.Channels.WhatsApp.Plugin;
using ContactCenter.Plugins.Channels.WhatsApp.Tests.Support;
using ContactCenter.Plugins.Channels.WhatsApp.Threads;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Plugins.Channels.WhatsApp.Tests.Outbound;

/// <summary>
/// The media sender against the stand-in Graph API over real HTTP: a reply refused half-way is not recorded for statuses,
/// and sending the same message again uploads nothing twice and sends only the missing part; a finished one sends nothing.
/// </summary>
public sealed class MediaSenderTests
{
    private const string Token = "media-sender-token-0123456789";
    private const string ConversationId = "c-media";
    private const string To = "50688882001";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% media sender\n%%EOF\n");
    private static readonly byte[] Ogg = Encoding.ASCII.GetBytes("OggS\0\u0002media-sender-audio");

    [Fact]
    public async Task SendAsync_RefusedHalfWayThenRetried_SendsOnlyTheMissingPartAndRecordsIdsOnlyAtTheEnd()
    {
        await using var standIn = await GraphStandIn.StartAsync(Token);
        var (sender, ids, conversations, message, parts) = Create(standIn);
        var account = new AccountSettings("secret-0123456789", Token, "verify-0123456789", standIn.BaseAddress, GraphStandIn.Version);

        standIn.RefuseType("audio");
        var first = await sender.SendAsync(account, To, ConversationId, message, parts, CancellationToken.None);

        Assert.False(first.Accepted);
        Assert.Contains("1 of 2", first.Error, StringComparison.Ordinal);
        Assert.Contains("400", first.Error, StringComparison.Ordinal);
        var document = Assert.Single(standIn.Sends);
        Assert.Equal("document", document.Body.GetProperty("type").GetString());
        Assert.Null(await ids.SentAsync(document.AnsweredId, CancellationToken.None));
        Assert.Equal(2, standIn.Uploads.Count);

        standIn.RefuseType(null);
        var retried = await sender.SendAsync(account, To, ConversationId, message, parts, CancellationToken.None);

        Assert.True(retried.Accepted, retried.Error);
        Assert.Equal(["document", "audio"], standIn.Sends.Select(s => s.Body.GetProperty("type").GetString()));
        Assert.Equal(2, standIn.Uploads.Count);
        Assert.Equal(2, conversations.Opened);
        Assert.Equal(document.AnsweredId, retried.ExternalMessageId);
        foreach (var send in standIn.Sends)
        {
            Assert.Equal("c-media.7", await ids.SentAsync(send.AnsweredId, CancellationToken.None));
        }

        var again = await sender.SendAsync(account, To, ConversationId, message, parts, CancellationToken.None);
        Assert.True(again.Accepted, again.Error);
        Assert.Equal((2, 2), (standIn.Sends.Count, standIn.Uploads.Count));
    }

    private static (MediaSender Sender, MessageIdMap Ids, FileConversations Conversations, OutboundMessage Message, IReadOnlyList<MediaPart> Parts) Create(
        GraphStandIn standIn)
    {
        var pdf = new MessageAttachment("7-1", "póliza.pdf", "application/pdf", Pdf.Length);
        var ogg = new MessageAttachment("7-2", "nota.ogg", "audio/ogg", Ogg.Length);
        var conversations = new FileConversations(ConversationId, new Dictionary<string, (MessageAttachment, byte[])> { [pdf.Id] = (pdf, Pdf), [ogg.Id] = (ogg, Ogg) });
        var store = new MemoryPluginStore();
        var ids = new MessageIdMap(store);
        var graph = new GraphClient(new HttpClient(), new WhatsAppOptions { MaxRetries = 0 });
        var sender = new MediaSender(new NumberBinding(MetaPayloads.PhoneNumberId, "autos", "autos", "autos-general"), graph, conversations, new OutboundProgress(store), ids);
        var message = new OutboundMessage
        {
            InteractionId = "i-media", ClientMessageId = "c-media.7", Text = "Su póliza y una nota", ConversationId = ConversationId, Attachments = [pdf, ogg],
        };
        var (parts, refusal) = MediaPlan.Create(message.Text, message.Attachments);
        Assert.Null(refusal);
        return (sender, ids, conversations, message, parts!);
    }
}
