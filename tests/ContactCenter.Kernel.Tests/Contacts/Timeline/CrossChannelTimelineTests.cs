using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Contacts.Merging;
using ContactCenter.Kernel.Contacts.Timeline;
using ContactCenter.Kernel.Tests.Cluster;
using ContactCenter.Kernel.Tests.Conversations;
using ContactCenter.Sdk.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Contacts.Timeline;

/// <summary>
/// One customer across channels: the kernel's side of what the channels pass in (a WhatsApp sender's proved phone, a
/// mailbox's or signed-in visitor's verified email), so any channel plugin, email included, lands in the same history.
/// </summary>
public sealed class CrossChannelTimelineTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private TestSilo Silo => fixture.Silo;

    private IContactTimeline Timeline => Silo.Services.GetRequiredService<IContactTimeline>();

    private IContactDirectory Contacts => Silo.Services.GetRequiredService<IContactDirectory>();

    [Fact]
    public async Task WhatsAppThenVerifiedEmail_TwoContactsUntilMerged_ThenOneTimelineAndLaterEmailsJoinIt()
    {
        var whatsapp = await ConversationWorld.CreateAsync(Silo, served: false);
        var email = await ConversationWorld.CreateAsync(Silo, served: false);
        var (phone, address) = ($"+50688{Random.Shared.Next(100000, 999999)}", $"ana-{Guid.NewGuid():N}@example.com");

        var onWhatsApp = await whatsapp.Conversations.IngestAsync(ConversationWorld.PluginId,
            whatsapp.Message(phone[1..], "wamid.1") with { CustomerPhone = phone, CustomerName = "Ana" });
        var byEmail = await email.Conversations.IngestAsync(ConversationWorld.PluginId,
            email.Message("thread-1", "<m1@example.com>", "Adjunto la póliza") with { CustomerEmail = address, CustomerVerified = true, CustomerName = "Ana Mora" });

        // Never matched by name: two contacts until someone merges them.
        Assert.NotEqual(onWhatsApp.Conversation.ContactId, byEmail.Conversation.ContactId);
        var merged = await Silo.Services.GetRequiredService<IContactMerger>().MergeAsync(onWhatsApp.Conversation.ContactId!, byEmail.Conversation.ContactId!);
        var later = await email.Conversations.IngestAsync(ConversationWorld.PluginId,
            email.Message("thread-2", "<m2@example.com>", "¿Recibieron?") with { CustomerEmail = address.ToUpperInvariant(), CustomerVerified = true });

        Assert.Equal(merged.Target.Id, later.Conversation.ContactId);
        var timeline = await Timeline.GetAsync(byEmail.Conversation.ContactId!, 10, null);
        Assert.Equal(merged.Target.Id, timeline.ContactId);
        Assert.Equal(
            new[] { onWhatsApp.Conversation.InteractionId, byEmail.Conversation.InteractionId, later.Conversation.InteractionId }.Order(StringComparer.Ordinal),
            timeline.Items.Select(i => i.InteractionId).Order(StringComparer.Ordinal));
        Assert.All(timeline.Items, i => Assert.Equal((1L, ConversationStatus.Open), (i.Conversation!.MessageCount, i.Conversation.Status)));
        Assert.Equal([whatsapp.Inbox.Id, email.Inbox.Id, email.Inbox.Id],
            timeline.Items.OrderBy(i => i.InteractionId == onWhatsApp.Conversation.InteractionId ? 0 : i.InteractionId == byEmail.Conversation.InteractionId ? 1 : 2)
                .Select(i => i.Conversation!.InboxId));
    }

    [Fact]
    public async Task SamePhoneOnTwoChannels_MatchedExactlyToOneContact()
    {
        var whatsapp = await ConversationWorld.CreateAsync(Silo, served: false);
        var other = await ConversationWorld.CreateAsync(Silo, served: false);
        var phone = $"+50688{Random.Shared.Next(100000, 999999)}";

        var first = await whatsapp.Conversations.IngestAsync(ConversationWorld.PluginId, whatsapp.Message(phone[1..], "a1") with { CustomerPhone = phone });
        var second = await other.Conversations.IngestAsync(ConversationWorld.PluginId, other.Message("x-" + phone[1..], "b1") with { CustomerPhone = phone, CustomerName = "Otro nombre" });

        Assert.Equal(first.Conversation.ContactId, second.Conversation.ContactId);
        Assert.Equal(2, (await Timeline.GetAsync(first.Conversation.ContactId!, 10, null)).Items.Count);
    }

    [Fact]
    public async Task SameNameDifferentIdentity_NeverMatched()
    {
        var chat = await ConversationWorld.CreateAsync(Silo, served: false);
        var known = await Contacts.CreateAsync(new ContactRequest("Ana Mora", Emails: [$"ana-{Guid.NewGuid():N}@example.com"]));

        var unverified = await chat.Conversations.IngestAsync(ConversationWorld.PluginId,
            chat.Message("s-1", "w1") with { CustomerName = "Ana Mora", CustomerEmail = (await Contacts.GetAsync(known.Id))!.Identities[0].Value });

        Assert.NotEqual(known.Id, unverified.Conversation.ContactId);
        Assert.Empty((await Timeline.GetAsync(known.Id, 10, null)).Items);
    }

    [Fact]
    public async Task IngestWithTheIdOfAMergedContact_AttachesToTheContactItWasMergedInto()
    {
        var chat = await ConversationWorld.CreateAsync(Silo, served: false);
        var target = await Contacts.CreateAsync(new ContactRequest("Ana"));
        var source = await Contacts.CreateAsync(new ContactRequest("Ana M."));
        await Silo.Services.GetRequiredService<IContactMerger>().MergeAsync(target.Id, source.Id);

        var result = await chat.Conversations.IngestAsync(ConversationWorld.PluginId, chat.Message("v-1", "w1") with { ContactId = source.Id });

        Assert.Equal(target.Id, result.Conversation.ContactId);
    }
}
