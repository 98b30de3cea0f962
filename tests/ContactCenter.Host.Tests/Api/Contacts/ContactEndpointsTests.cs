using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.EndToEnd;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Sdk.Conversations;
using Microsoft.Extensions.DependencyInjection;
using EndToEnd = ContactCenter.Host.Tests.EndToEnd;

namespace ContactCenter.Host.Tests.Api.Contacts;

/// <summary>
/// The contact timeline, merge and unmerge over HTTPS on the demo host (real kernel and LiteDB). Customer messages are
/// ingested through the kernel's conversation service exactly as the WhatsApp plugin (a proved phone) and a verified
/// web chat or email sender (a verified address) pass them in.
/// </summary>
public sealed class ContactEndpointsTests(DemoHostFixture fixture) : IClassFixture<DemoHostFixture>
{
    private IServiceProvider Services => fixture.Host.App.Services;

    [Fact]
    public async Task WhatsAppThenWebChat_MergedOverTheApi_OneTimelineNewestFirstAndUnmergeSplitsIt()
    {
        using var admin = fixture.Host.CreateAdminClient();
        var conversations = Services.GetRequiredService<IKernelConversationService>();
        var whatsapp = await conversations.OpenInboxAsync("cc.test.whatsapp", new InboxRequest { ChannelName = "wa", ServiceLineId = "autos", QueueId = "autos-general" });
        var web = await conversations.OpenInboxAsync("cc.test.webchat", new InboxRequest { ChannelName = "web", ServiceLineId = "autos", QueueId = "autos-general" });
        var phone = $"+50688{Random.Shared.Next(100000, 999999)}";
        var email = $"ana-{Guid.NewGuid():N}@example.com";
        var first = await conversations.IngestAsync("cc.test.whatsapp", new InboundMessage
        {
            InboxId = whatsapp.Id, SourceConversationId = phone[1..], SourceMessageId = "wamid." + Guid.NewGuid().ToString("N"), Text = "Hola", CustomerPhone = phone,
        });
        var second = await conversations.IngestAsync("cc.test.webchat", new InboundMessage
        {
            InboxId = web.Id, SourceConversationId = "v-" + Guid.NewGuid().ToString("N"), SourceMessageId = "w1", Text = "Soy Ana otra vez",
            CustomerEmail = email, CustomerVerified = true, CustomerName = "Ana Mora",
        });
        var (target, source) = (first.Conversation.ContactId!, second.Conversation.ContactId!);

        var merged = await EndToEnd.Api.PostAsync(admin, $"/api/v1/contacts/{target}/merge", new { sourceId = source });
        var repeated = await EndToEnd.Api.PostAsync(admin, $"/api/v1/contacts/{target}/merge", new { sourceId = source });
        var timeline = await EndToEnd.Api.GetAsync(admin, $"/api/v1/contacts/{source}/timeline?pageSize=1");
        var older = await EndToEnd.Api.GetAsync(admin, $"/api/v1/contacts/{target}/timeline?pageSize=1&cursor={Uri.EscapeDataString(timeline.GetProperty("cursor").GetString()!)}");

        Assert.Equal((true, false), (merged.GetProperty("changed").GetBoolean(), repeated.GetProperty("changed").GetBoolean()));
        Assert.Equal(target, timeline.GetProperty("contactId").GetString());
        Assert.Equal([second.Conversation.InteractionId, first.Conversation.InteractionId],
            new[] { timeline, older }.Select(p => p.GetProperty("items")[0].GetProperty("interactionId").GetString()));
        var newest = timeline.GetProperty("items")[0];
        Assert.Equal(("Chat", "cc.test.webchat", web.Id, 1L), (newest.GetProperty("channel").GetString(), newest.GetProperty("channelPluginId").GetString(),
            newest.GetProperty("conversation").GetProperty("inboxId").GetString(), newest.GetProperty("conversation").GetProperty("messageCount").GetInt64()));
        Assert.False(older.TryGetProperty("cursor", out var last) && last.ValueKind != JsonValueKind.Null, "the last page has no cursor");
        Assert.Equal(target, Assert.Single(await Services.GetRequiredService<IContactDirectory>().FindByEmailAsync(email)).Id);

        var unmerged = await EndToEnd.Api.PostAsync(admin, $"/api/v1/contacts/{target}/unmerge", new { sourceId = source });

        Assert.Equal("unmerged", unmerged.GetProperty("merge").GetProperty("status").GetString());
        Assert.Single((await EndToEnd.Api.GetAsync(admin, $"/api/v1/contacts/{target}/timeline")).GetProperty("items").EnumerateArray());
        Assert.Equal(source, Assert.Single(await Services.GetRequiredService<IContactDirectory>().FindByEmailAsync(email)).Id);
    }

    [Fact]
    public async Task Timeline_EveryRead_IsAuditedWithTheReader()
    {
        using var admin = fixture.Host.CreateAdminClient();
        var contact = await Services.GetRequiredService<IContactDirectory>().CreateAsync(new ContactRequest("Ana"));

        await EndToEnd.Api.GetAsync(admin, $"/api/v1/contacts/{contact.Id}/timeline");

        var entries = new List<AuditRecord>();
        await foreach (var record in Services.GetRequiredService<IAuditLog>().ReadAsync(new AuditQuery { Target = $"contact/{contact.Id}" }))
        {
            entries.Add(record);
        }

        var read = Assert.Single(entries, e => e.Action == "contact.timeline.read");
        Assert.NotEqual("anonymous", read.Actor);
    }

    [Fact]
    public async Task Endpoints_BadRequests_AnswerProblemsAndChangeNothing()
    {
        using var admin = fixture.Host.CreateAdminClient();
        var contacts = Services.GetRequiredService<IContactDirectory>();
        var a = await contacts.CreateAsync(new ContactRequest("A"));
        var b = await contacts.CreateAsync(new ContactRequest("B"));
        var c = await contacts.CreateAsync(new ContactRequest("C"));
        await EndToEnd.Api.PostAsync(admin, $"/api/v1/contacts/{a.Id}/merge", new { sourceId = b.Id });
        var versions = await VersionsAsync(contacts, a.Id, b.Id, c.Id);

        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"/api/v1/contacts/nope/timeline"), HttpStatusCode.NotFound, "contact.not-found");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"/api/v1/contacts/{a.Id}/timeline?pageSize=0"), HttpStatusCode.BadRequest, "request.invalid");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"/api/v1/contacts/{a.Id}/timeline?cursor=garbage"), HttpStatusCode.BadRequest, "request.invalid");
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/api/v1/contacts/{a.Id}/merge", new { sourceId = a.Id }), HttpStatusCode.BadRequest, "request.invalid");
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/api/v1/contacts/{a.Id}/merge", new { }), HttpStatusCode.BadRequest, "request.invalid");
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/api/v1/contacts/{a.Id}/merge", new { sourceId = "nope" }), HttpStatusCode.NotFound, "contact.not-found");
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/api/v1/contacts/{b.Id}/merge", new { sourceId = c.Id }), HttpStatusCode.Conflict, "contact.merged");
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/api/v1/contacts/{a.Id}/merge", new { sourceId = c.Id, targetVersion = 1 }), HttpStatusCode.Conflict, "storage.conflict");
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/api/v1/contacts/{a.Id}/unmerge", new { sourceId = c.Id }), HttpStatusCode.NotFound, "contact-merge.not-found");

        Assert.Equal(versions, await VersionsAsync(contacts, a.Id, b.Id, c.Id));
    }

    [Fact]
    public async Task Endpoints_WithoutTheContactPermissions_Answer401Or403()
    {
        var contact = await Services.GetRequiredService<IContactDirectory>().CreateAsync(new ContactRequest("Ana"));
        using var anonymous = fixture.Host.CreateClient();
        using var agent = fixture.Host.CreateClient(AgentTokens.For("agent1"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/contacts/{contact.Id}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/api/v1/contacts/{contact.Id}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync($"/api/v1/contacts/{contact.Id}/merge", new { sourceId = "x" })).StatusCode);
    }

    private static async Task<string> VersionsAsync(IContactDirectory contacts, params string[] ids)
    {
        var versions = new List<string>();
        foreach (var id in ids)
        {
            var contact = (await contacts.GetAsync(id))!;
            versions.Add($"{id}:{contact.Version}:{contact.MergedInto}:{contact.Identities.Count}");
        }

        return string.Join(',', versions);
    }
}
