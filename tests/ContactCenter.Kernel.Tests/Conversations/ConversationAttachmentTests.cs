using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Kernel.Tests.Conversations;

public sealed class ConversationAttachmentTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8];

    private TestSilo Silo => fixture.Silo;

    [Fact]
    public async Task IngestAsync_ImageWithoutText_StoredAndReadBackByteIdentical()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var message = world.Message("thread-a1", "wamid.a1", text: "") with
        {
            Attachments = [new InboundAttachment { FileName = "../../etc/\u202Efoto\u0007.png", ContentType = "image/png; charset=x", Content = Png }],
        };

        var result = await world.Conversations.IngestAsync(ConversationWorld.PluginId, message);

        var attachment = Assert.Single(result.Message.Attachments);
        Assert.Equal(("foto.png", "image/png", (long)Png.Length), (attachment.FileName, attachment.ContentType, attachment.Length));
        var read = Assert.Single(await world.Conversations.GetMessagesAsync(result.Conversation.Id, 0, includeNotes: false));
        Assert.Equal(attachment, Assert.Single(read.Attachments));
        await using var opened = await world.Conversations.OpenAttachmentAsync(ConversationWorld.PluginId, result.Conversation.Id, attachment.Id);
        Assert.NotNull(opened);
        using var copy = new MemoryStream();
        await opened.Content.CopyToAsync(copy);
        Assert.Equal(Png, copy.ToArray());
        // Events reach the bus after the ingest returns: wait for this one rather than assume it is there.
        bool Added(CloudEvent e) => e.Type == EventTypes.ConversationMessageAdded && e.Subject == $"conversation-{result.Conversation.Id}";
        await TestSilo.Eventually(() => Task.FromResult(Silo.Published.Any(Added)), "the message-added event");
        var added = Silo.Published.Last(Added);
        Assert.Contains(attachment.Id, added.Data.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("foto", added.Data.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/x-msdownload", "MZ", "attachments[0]")]
    [InlineData("image/png", "", "attachments[0]")]
    [InlineData("image/jpeg", "MZ-not-a-jpeg", "attachments[0]")]
    [InlineData("application/pdf", "<html>", "attachments[0]")]
    [InlineData("image/webp", "RIFF0000WAVE", "attachments[0]")]
    public async Task IngestAsync_BadFile_RefusedNamingItAndNothingStored(string contentType, string content, string field)
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var blobsBefore = await CountBlobsAsync();
        var message = world.Message("thread-bad", "wamid.bad") with
        {
            Attachments = [new InboundAttachment { FileName = "x", ContentType = contentType, Content = System.Text.Encoding.ASCII.GetBytes(content) }],
        };

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => world.Conversations.IngestAsync(ConversationWorld.PluginId, message).AsTask());

        Assert.Contains(field, refused.Errors.Keys);
        Assert.DoesNotContain(await world.Conversations.ListAsync(null, null, 1000), c => c.InboxId == world.Inbox.Id);
        Assert.Equal(blobsBefore, await CountBlobsAsync());
    }

    [Fact]
    public async Task IngestAsync_ImageOverItsSizeLimit_RefusedAndNothingStored()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var blobsBefore = await CountBlobsAsync();
        var big = new byte[(5 * 1024 * 1024) + 1];
        Png.CopyTo(big, 0);
        var message = world.Message("thread-big", "wamid.big") with { Attachments = [new InboundAttachment { ContentType = "image/png", Content = big }] };

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => world.Conversations.IngestAsync(ConversationWorld.PluginId, message).AsTask());

        Assert.Contains("5 MiB", refused.Errors["attachments[0]"][0], StringComparison.Ordinal);
        Assert.Equal(blobsBefore, await CountBlobsAsync());
    }

    [Fact]
    public async Task IngestAsync_RedeliveredWithAttachment_KeepsOneCopyOfTheBytes()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var blobsBefore = await CountBlobsAsync();
        var message = world.Message("thread-re", "wamid.re") with { Attachments = [new InboundAttachment { FileName = "a.pdf", ContentType = "application/pdf", Content = "%PDF-1.7 x"u8.ToArray() }] };

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => world.Conversations.IngestAsync(ConversationWorld.PluginId, message).AsTask()));

        Assert.Single(results, r => !r.Duplicate);
        Assert.Equal(blobsBefore + 1, await CountBlobsAsync());
        Assert.All(results, r => Assert.Equal("a.pdf", Assert.Single(r.Message.Attachments).FileName));
    }

    [Fact]
    public async Task OpenAttachmentAsync_AnotherPluginOrUnknownId_Null()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var message = world.Message("thread-own", "wamid.own") with { Attachments = [new InboundAttachment { ContentType = "text/plain", Content = "hola"u8.ToArray() }] };
        var result = await world.Conversations.IngestAsync(ConversationWorld.PluginId, message);
        var id = result.Message.Attachments[0].Id;

        Assert.Equal("attachment.txt", result.Message.Attachments[0].FileName);
        Assert.Null(await world.Conversations.OpenAttachmentAsync("cc.other.plugin", result.Conversation.Id, id));
        Assert.Null(await world.Conversations.OpenAttachmentAsync(null, result.Conversation.Id, "1-9"));
        Assert.Null(await world.Conversations.OpenAttachmentAsync(null, result.Conversation.Id, "../1-1"));
        await using var agent = await world.Conversations.OpenAttachmentAsync(null, result.Conversation.Id, id);
        Assert.NotNull(agent);
    }

    [Fact]
    public async Task IngestAsync_OnLiteDb_AttachmentSurvivesARestartByteIdentical()
    {
        var directory = Directory.CreateTempSubdirectory("cc-attach-");
        try
        {
            var time = new FakeTimeProvider(TestSilo.Start);
            string conversationId, attachmentId;
            await using (var before = await TestSilo.StartOnLiteDbAsync(directory.FullName, time))
            {
                var world = await ConversationWorld.CreateAsync(before, served: false);
                var message = world.Message("thread-lite", "wamid.lite") with { Attachments = [new InboundAttachment { FileName = "p.png", ContentType = "image/png", Content = Png }] };
                var result = await world.Conversations.IngestAsync(ConversationWorld.PluginId, message);
                (conversationId, attachmentId) = (result.Conversation.Id, result.Message.Attachments[0].Id);
            }

            await using var after = await TestSilo.StartOnLiteDbAsync(directory.FullName, time);
            await using var opened = await after.Services.GetRequiredService<ContactCenter.Kernel.Conversations.IKernelConversationService>().OpenAttachmentAsync(null, conversationId, attachmentId);
            Assert.NotNull(opened);
            using var copy = new MemoryStream();
            await opened.Content.CopyToAsync(copy);
            Assert.Equal(Png, copy.ToArray());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task IngestAsync_ProvedPhone_MatchesExactlyThatContactAndNeverAnotherFormat()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);
        var phone = $"+50688{Random.Shared.Next(100000, 999999)}";
        var first = await world.Conversations.IngestAsync(ConversationWorld.PluginId, world.Message($"wa-{phone}", "wamid.p1") with { CustomerPhone = phone, CustomerName = "Ana" });
        await world.Conversations.CloseAsync(first.Conversation.Id, null);

        var again = await world.Conversations.IngestAsync(ConversationWorld.PluginId, world.Message($"wa-{phone}", "wamid.p2") with { CustomerPhone = phone, CustomerName = "Otra" });
        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            world.Conversations.IngestAsync(ConversationWorld.PluginId, world.Message("wa-local", "wamid.p3") with { CustomerPhone = "88881234" }).AsTask());

        Assert.NotNull(first.Conversation.ContactId);
        Assert.NotEqual(first.Conversation.Id, again.Conversation.Id);
        Assert.Equal(first.Conversation.ContactId, again.Conversation.ContactId);
        Assert.Equal("Ana", (await world.Contacts.GetAsync(first.Conversation.ContactId!))!.DisplayName);
        Assert.Contains("customerPhone", refused.Errors.Keys);
    }

    [Fact]
    public async Task IngestAsync_PhoneShapedButUnknownToTheNumberingPlan_TakenWithoutAPhoneIdentity()
    {
        var world = await ConversationWorld.CreateAsync(Silo, served: false);

        var result = await world.Conversations.IngestAsync(ConversationWorld.PluginId, world.Message("wa-odd", "wamid.odd") with { CustomerPhone = "+99912345678", CustomerName = "Zoe" });

        Assert.False(result.Duplicate);
        Assert.Equal("Zoe", (await world.Contacts.GetAsync(result.Conversation.ContactId!))!.DisplayName);
    }

    private async Task<int> CountBlobsAsync() =>
        (await Silo.Store.QueryAsync(KernelCollections.Blobs.Name, new DocumentQuery { Filters = [new DocumentFilter("owner", FilterOperator.Equal, "kernel/conversations")], PageSize = DocumentQuery.MaxPageSize }, CancellationToken.None)).Items.Count;
}
