using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Tests.Conversations;

/// <summary>Agents' files: the customer's rules, stored encrypted with the reply, idempotent, nothing left behind on refusal.</summary>
public sealed class ConversationAgentAttachmentTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private static readonly byte[] Pdf = "%PDF-1.7\nfactura"u8.ToArray();

    private TestSilo Silo => fixture.Silo;

    [Fact]
    public async Task WriteAsync_ReplyWithFileAndNoText_StoredReadableAndARetryStoresNothingMore()
    {
        var world = await ConversationWorld.CreateAsync(Silo);
        var conversation = await TakenAsync(world, "visitor-file");
        var blobsBefore = await CountBlobsAsync();
        IReadOnlyList<InboundAttachment> files = [new InboundAttachment { FileName = "C:\\temp\\factura<1>.pdf", ContentType = "application/pdf", Content = Pdf }];

        var reply = await world.Conversations.WriteAsync(conversation.Id, new AgentMessage(world.Agent, "", "f-1"), files);
        var retry = await world.Conversations.WriteAsync(conversation.Id, new AgentMessage(world.Agent, "", "f-1"), files);

        var attachment = Assert.Single(reply.Attachments);
        Assert.Equal((MessageKind.Outgoing, "", "factura1.pdf", "application/pdf"), (reply.Kind, reply.Text, attachment.FileName, attachment.ContentType));
        Assert.Equal(reply.Id, retry.Id);
        Assert.Equal(blobsBefore + 1, await CountBlobsAsync());
        await using var opened = await world.Conversations.OpenAttachmentAsync(ConversationWorld.PluginId, conversation.Id, attachment.Id);
        Assert.NotNull(opened);
        using var copy = new MemoryStream();
        await opened.Content.CopyToAsync(copy);
        Assert.Equal(Pdf, copy.ToArray());
        Assert.Equal(attachment, Assert.Single((await world.Conversations.GetMessagesAsync(conversation.Id, reply.Sequence - 1, includeNotes: false))[0].Attachments));
    }

    [Theory]
    [InlineData("application/x-msdownload", "MZ")]
    [InlineData("image/png", "MZ-not-a-png")]
    [InlineData("text/plain", "")]
    public async Task WriteAsync_BadFile_RefusedNamingItAndNothingStored(string contentType, string content)
    {
        var world = await ConversationWorld.CreateAsync(Silo);
        var conversation = await TakenAsync(world, "visitor-bad-file");
        var blobsBefore = await CountBlobsAsync();
        IReadOnlyList<InboundAttachment> files = [new InboundAttachment { FileName = "x", ContentType = contentType, Content = System.Text.Encoding.ASCII.GetBytes(content) }];

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            world.Conversations.WriteAsync(conversation.Id, new AgentMessage(world.Agent, "Aquí está", "bad-1"), files).AsTask());

        Assert.Contains("attachments[0]", refused.Errors.Keys);
        Assert.DoesNotContain(await world.Conversations.GetMessagesAsync(conversation.Id, 0, includeNotes: true), m => m.Kind == MessageKind.Outgoing);
        Assert.Equal(blobsBefore, await CountBlobsAsync());
    }

    private async Task<Conversation> TakenAsync(ConversationWorld world, string thread)
    {
        var first = await world.IngestAsync(thread, "m1");
        await Silo.WaitForStateAsync(first.Conversation.InteractionId, InteractionState.Offered);
        return await world.Conversations.TakeAsync(first.Conversation.Id, world.Agent);
    }

    private async Task<int> CountBlobsAsync() =>
        (await Silo.Store.QueryAsync(KernelCollections.Blobs.Name, new DocumentQuery { Filters = [new DocumentFilter("owner", FilterOperator.Equal, "kernel/conversations")], PageSize = DocumentQuery.MaxPageSize }, CancellationToken.None)).Items.Count;
}
